import { useTranslation } from 'react-i18next';
import { useLawLanguage } from '../../hooks/useLawLanguage';
import type { Dashboard } from '../../../../shared/api/review-schemas';
import dashboardStyles from './dashboard.module.css';

/** Per act, the provisions no requirement is mapped to: candidates for "not relevant" or a missed mapping. */
export function UnmappedProvisions({
  unmapped,
  onOpen,
}: {
  unmapped: Dashboard['unmapped'];
  onOpen: (versionId: number) => void;
}) {
  const { t } = useTranslation();
  const lawLanguage = useLawLanguage();
  return (
    <section className={dashboardStyles.dashCard} aria-labelledby="unmapped-heading" data-testid="unmapped-provisions">
      <header className={dashboardStyles.dashCardHead}>
        <h2 id="unmapped-heading">{t('dashboard.unmapped')}</h2>
      </header>
      <table className={dashboardStyles.unmappedTable}>
        <thead>
          <tr>
            <th scope="col">{t('acts.act')}</th>
            <th scope="col" className="num">
              {t('dashboard.units')}
            </th>
            <th scope="col" className="num">
              {t('dashboard.mapped')}
            </th>
            <th scope="col" className="num">
              {t('dashboard.unmappedCount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {unmapped.map((u) => (
            <tr key={u.versionId}>
              <th scope="row" lang={lawLanguage(u.versionId)}>
                {u.title}
              </th>
              <td className="num">{u.units}</td>
              <td className="num">{u.units - u.unmapped}</td>
              <td className="num">
                <button
                  type="button"
                  className={dashboardStyles.fig}
                  onClick={() => onOpen(u.versionId)}
                  aria-label={t('dashboard.openUnmapped', { count: u.unmapped })}
                  data-testid={`unmapped-${u.versionId}`}
                  data-count={u.unmapped}
                >
                  {u.unmapped}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
