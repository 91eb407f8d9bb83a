import { useTranslation } from 'react-i18next';
import { useLawLanguage } from '../../hooks/useLawLanguage';

/**
 * A provision as the user cites it: "s. 13 — Restitution", the heading of its section in the
 * law's own words and language; "s. 13" alone when the section has no heading.
 */
export function Citation({
  number,
  heading,
  versionId,
}: {
  number: string;
  heading: string | null;
  versionId: number | null;
}) {
  const { t } = useTranslation();
  const lawLanguage = useLawLanguage();
  return (
    <>
      {t('words.unit', { number })}
      {heading && (
        <>
          {' — '}
          <span lang={lawLanguage(versionId)}>{heading}</span>
        </>
      )}
    </>
  );
}

/**
 * A candidate provision by its name in the law ("Section 13 — Restitution", in the law's
 * language), or cited as above when the law gives it no label.
 */
export function ProvisionName({
  label,
  unitNumber,
  heading,
  versionId,
}: {
  label: string;
  unitNumber: string;
  heading: string | null;
  versionId: number | null;
}) {
  const lawLanguage = useLawLanguage();
  if (!label) return <Citation number={unitNumber} heading={heading} versionId={versionId} />;
  return (
    <span lang={lawLanguage(versionId)}>
      {label}
      {heading && ` — ${heading}`}
    </span>
  );
}

/**
 * A message of the analysis in the interface language, the law's words it quotes (between « »
 * or “ ”) marked with the law's language.
 */
export function WithQuotedLaw({ text, versionId }: { text: string; versionId: number | null }) {
  const lawLanguage = useLawLanguage();
  const parts = text.split(/(«[^»]*»|“[^”]*”)/);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 ? (
          <span key={i} lang={lawLanguage(versionId)}>
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}
