import { useTranslation } from 'react-i18next';
import { ACT_KINDS, type ActKind, type ActView } from '../../../../shared/api/act-schemas';
import { useApiMutation } from '../../api/hooks';

/** The kinds a choice records: a whole penal code carries its general part. */
function kindsOfChoice(choice: ActKind): ActKind[] {
  return choice === 'penal-code' ? ['penal-code', 'penal-code-general-part'] : [choice];
}

/**
 * What an act is (trafficking act, penal code, immigration act, regulation…): recognised from its
 * text until the user records it. The analysis assesses a requirement only where the kind of law it
 * usually lives in was supplied, so a change here marks the analysis out of date.
 */
export function ActKindSelect({ act }: { act: ActView }) {
  const { t } = useTranslation();
  const setKinds = useApiMutation('act:set-kinds');
  const names = (kinds: readonly ActKind[]) => kinds.map((k) => t(`actKind.${k}`)).join(', ');
  const value = act.kinds?.[0] ?? '';
  const labelId = `act-kind-label-${act.id}`;
  const titleId = `act-kind-title-${act.id}`;
  return (
    <>
      {/* Named "Kind of law of <title>", the title marked with the law's language. */}
      <span id={labelId} hidden>
        {t('acts.kindOf')}
      </span>
      <span id={titleId} lang={act.language} hidden>
        {act.title}
      </span>
      <select
        aria-labelledby={`${labelId} ${titleId}`}
        value={value}
        disabled={setKinds.isPending}
        onChange={(e) => {
          const choice = e.target.value as ActKind | '';
          setKinds.mutate({ actId: act.id, kinds: choice ? kindsOfChoice(choice) : null });
        }}
        data-testid={`act-kind-${act.id}`}
      >
        <option value="">
          {act.detectedKinds.length
            ? t('acts.kindDetected', { kinds: names(act.detectedKinds) })
            : t('acts.kindNotDetected')}
        </option>
        {ACT_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`actKind.${k}`)}
          </option>
        ))}
      </select>
      {act.kinds && act.kinds.length > 1 && <span className="muted"> {names(act.kinds)}</span>}
      {setKinds.error && (
        <span role="alert" className="field-error">
          {' '}
          {setKinds.error.message}
        </span>
      )}
    </>
  );
}
