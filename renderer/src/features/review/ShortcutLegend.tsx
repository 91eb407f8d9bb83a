import { useTranslation } from 'react-i18next';
import { LEGEND } from './shortcuts';

/** The review keys, always in sight (toggled with ?); they are off while typing in a field. */
export function ShortcutLegend() {
  const { t } = useTranslation();
  return (
    <aside className="shortcut-legend" aria-label={t('shortcuts.title')} data-testid="shortcut-legend">
      {LEGEND.map((g) => (
        <div key={g.group} className="legend-group">
          <span className="legend-title">{t(`shortcuts.group.${g.group}`)}</span>
          <ul>
            {g.items.map((l) => (
              <li key={l.label}>
                {l.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && <span className="muted">/</span>}
                    <kbd>{k}</kbd>
                  </span>
                ))}{' '}
                {t(`shortcuts.${l.label}`)}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </aside>
  );
}
