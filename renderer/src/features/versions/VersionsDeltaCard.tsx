import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import type { VersionsNav } from './VersionsView';
import styles from './VersionsDeltaCard.module.css';
import versionsStyles from './versions.module.css';

/**
 * The dashboard's figure for drafts: for the first act with two versions or more, the gaps its
 * latest version closed and opened against the one before. Opens the compliance delta.
 */
export function VersionsDeltaCard({ onOpen }: { onOpen: (nav: VersionsNav) => void }) {
  const { t } = useTranslation();
  const acts = useApi('act:list', {});
  const act = acts.data?.find((a) => a.versions.length > 1);
  const a = act?.versions[act.versions.length - 2];
  const b = act?.versions[act.versions.length - 1];
  const cmp = useApi(
    'versions:compare',
    { oldVersionId: a?.id ?? 0, newVersionId: b?.id ?? 0 },
    { enabled: Boolean(a && b), staleTime: 60_000 },
  );
  if (!act || !a || !b) return null;
  const d = cmp.data?.result.deltaSummary;
  return (
    <button
      type="button"
      className={`headline-card ${styles.versionsCard}`}
      onClick={() => onOpen({ actId: act.id, oldId: a.id, newId: b.id, tab: 'delta' })}
      data-testid="dash-versions-delta"
    >
      <span className="headline-label">{t('versions.dashLabel', { old: a.label, new: b.label })}</span>
      {d ? (
        <strong>
          <span className={versionsStyles.deltaClosed}>+{d.closed}</span> /{' '}
          <span className={versionsStyles.deltaOpened}>−{d.opened}</span>
        </strong>
      ) : (
        <span className="muted">{cmp.isError ? t('versions.dashUnavailable') : t('app.loading')}</span>
      )}
      {d && <span className="muted">{t('versions.dashDetail', { closed: d.closed, opened: d.opened })}</span>}
    </button>
  );
}
