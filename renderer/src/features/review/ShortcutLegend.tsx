import { useTranslation } from 'react-i18next';
import { LEGEND } from './shortcuts';
import styles from './ShortcutLegend.module.css';

/** The review keys, always in sight (toggled with ?); they are off while typing in a field. */
export function ShortcutLegend() {
  const { t } = useTranslation();
  return (
    <aside className={styles.shortcutLegend} aria-label={t('shortcuts.title')} data-testid="shortcut-legend">
      {LEGEND.map((g) => (
        <div key={g.group} className={styles.legendGroup}>
          <span className={styles.legendTitle}>{t(`shortcuts.group.${g.group}`)}</span>
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
