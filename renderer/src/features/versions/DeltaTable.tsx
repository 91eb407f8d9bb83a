import { useTranslation } from 'react-i18next';
import type { DeltaRow } from '../../../../shared/compare/types';
import { useInstrumentNames } from '../../hooks/useInstrumentNames';
import { shortRef } from '../review/filters';
import { StatusBadge } from '../review/StatusBadge';
import versionsStyles from './versions.module.css';
import styles from './DeltaTable.module.css';

/** Per requirement, the status with each version: gaps closed and opened first; each row opens the requirement. */
export function DeltaTable({
  rows,
  onOpenRequirement,
}: {
  rows: DeltaRow[];
  onOpenRequirement: (requirementId: string) => void;
}) {
  const { t } = useTranslation();
  const { nameOf } = useInstrumentNames();
  const moved = rows.filter((r) => r.change !== 'unchanged' || r.elementsGained.length || r.elementsLost.length);
  const order = { closed: 0, opened: 1, unchanged: 2 } as const;
  moved.sort((a, b) => order[a.change] - order[b.change]);
  if (!moved.length) return <p className="muted">{t('versions.deltaNone')}</p>;
  return (
    <table className="acts-table delta-table" data-testid="delta-table">
      <thead>
        <tr>
          <th>{t('versions.requirement')}</th>
          <th>{t('versions.before')}</th>
          <th>{t('versions.after')}</th>
          <th>{t('versions.change')}</th>
          <th>{t('versions.elementsChanged')}</th>
        </tr>
      </thead>
      <tbody>
        {moved.map((r) => (
          <tr key={r.requirement} data-testid="delta-row" data-change={r.change}>
            <td>
              <button type="button" className="link" onClick={() => onOpenRequirement(r.requirement)}>
                {shortRef(r.requirement, nameOf)}
              </button>
            </td>
            <td>
              <StatusBadge status={r.before} proposed />
            </td>
            <td>
              <StatusBadge status={r.after} proposed />
            </td>
            <td className={versionsStyles[`delta-${r.change}`]}>{t(`versions.rowChange.${r.change}`)}</td>
            <td>
              {r.elementsGained.map((e) => (
                <span key={e} className={styles.elementGained}>
                  + {t(`versions.elements.${e}`, { defaultValue: e })}{' '}
                </span>
              ))}
              {r.elementsLost.map((e) => (
                <span key={e} className={styles.elementLost}>
                  − {t(`versions.elements.${e}`, { defaultValue: e })}{' '}
                </span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
