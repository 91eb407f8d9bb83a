import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParagraphView } from '../../../../shared/api/schemas';
import { OBLIGATIONS, type Obligation } from '../../../../shared/reference/types';
import { useApiMutation } from '../../api/hooks';
import { ErrorBanner } from '../../components/ErrorBanner';
import type { LibraryTarget } from './LibraryView';
import { useParagraphOptions } from './useParagraphOptions';
import styles from './ArticleEditor.module.css';
import libraryStyles from './library.module.css';

/**
 * The user's say on an imported article: its obligation level (proposed from the wording, which
 * stays shown) and the Protocol/Convention paragraphs it implements, chosen from a searchable
 * list of the paragraphs the library holds. Saved at once.
 */
export function ArticleEditor(props: {
  instrumentId: string;
  number: string;
  paragraph: ParagraphView;
  onNavigate: (t: LibraryTarget) => void;
}) {
  const { t } = useTranslation();
  const { instrumentId, number, paragraph: p, onNavigate } = props;
  const update = useApiMutation('library:update-article');
  const options = useParagraphOptions();
  const [adding, setAdding] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const listId = useId();
  const links = p.implements.map((l) => l.id);
  const byWording = p.obligationByWording ?? p.obligation;

  function save(change: { obligation?: Obligation; implements?: string[] }) {
    update.mutate({ instrumentId, number, ...change });
  }

  function addLink(e: FormEvent) {
    e.preventDefault();
    const id = adding.trim();
    if (!id) return;
    if (links.includes(id)) return setProblem(t('customInstrument.alreadyLinked'));
    if (!options.some((o) => o.id === id)) return setProblem(t('customInstrument.unknownParagraph'));
    setProblem(null);
    setAdding('');
    save({ implements: [...links, id] });
  }

  return (
    <div className={styles.articleEditor} data-testid="article-editor">
      {update.error && <ErrorBanner error={update.error.error} onDismiss={() => update.reset()} />}
      <label className="inline-field">
        <span>{t('customInstrument.obligation')}</span>
        <select
          value={p.obligation}
          onChange={(e) => save({ obligation: e.target.value as Obligation })}
          disabled={update.isPending}
          data-testid="obligation-select"
        >
          {OBLIGATIONS.map((o) => (
            <option key={o} value={o}>
              {t(`obligation.${o}`)}
            </option>
          ))}
        </select>
      </label>
      <p className="note" data-testid="wording-cue">
        {p.wordingCue
          ? t('customInstrument.byWording', { cue: p.wordingCue, obligation: t(`obligation.${byWording}`) })
          : t('customInstrument.byDefault', { obligation: t(`obligation.${byWording}`) })}
      </p>
      <div className={libraryStyles.links} data-testid="article-links">
        <span className="muted">{t('library.implements')}: </span>
        {links.length === 0 && <span className="muted">{t('customInstrument.noLinks')}</span>}
        {p.implements.map((l) => (
          <span key={l.id} className={styles.linkChip} data-testid="article-link" data-requirement={l.id}>
            <button
              type="button"
              className="link"
              title={l.text}
              onClick={() => onNavigate({ instrument: l.instrument, article: l.ref.replace(/\(.*$/, ''), focus: l.id })}
            >
              {l.id}
            </button>
            <button
              type="button"
              className={styles.remove}
              aria-label={t('customInstrument.removeLink', { id: l.id })}
              onClick={() => save({ implements: links.filter((x) => x !== l.id) })}
              disabled={update.isPending}
            >
              ×
            </button>
          </span>
        ))}
      </div>
      <form className={styles.addLink} onSubmit={addLink}>
        <input
          list={listId}
          value={adding}
          onChange={(e) => {
            setAdding(e.target.value);
            setProblem(null);
          }}
          placeholder={t('customInstrument.linkPlaceholder')}
          aria-label={t('customInstrument.addLink')}
          aria-invalid={problem !== null}
          spellCheck={false}
          data-testid="link-input"
        />
        <datalist id={listId}>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </datalist>
        <button type="submit" disabled={!adding.trim() || update.isPending} data-testid="link-add">
          {t('customInstrument.addLink')}
        </button>
        {problem && (
          <small className="field-error" data-testid="link-error">
            {problem}
          </small>
        )}
      </form>
    </div>
  );
}
