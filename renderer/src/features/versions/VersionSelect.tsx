import type { VersionView } from '../../../../shared/api/version-schemas';

/** One side of a comparison: a labelled choice among the act's versions. */
export function VersionSelect(props: {
  label: string;
  versions: VersionView[];
  value: number | null;
  onChange: (versionId: number) => void;
  testId: string;
}) {
  return (
    <label className="inline-field">
      <span>{props.label}</span>
      <select
        value={props.value ?? ''}
        onChange={(e) => props.onChange(Number(e.target.value))}
        data-testid={props.testId}
      >
        {props.versions.map((v) => (
          <option key={v.id} value={v.id}>
            {v.label}
          </option>
        ))}
      </select>
    </label>
  );
}
