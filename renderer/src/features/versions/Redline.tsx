import { clsx } from 'clsx';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComparedPair, CompareResult, DiffPart, SubstantiveFlag } from '../../../../shared/compare/types';
import { PairEditor } from './PairEditor';
import styles from './Redline.module.css';

export type RedlineMode = 'inline' | 'side';

/** The text of a diff for one side (old: kept and deleted words; new: kept and inserted), marked. */
function Side({ parts, side }: { parts: DiffPart[]; side: 'old' | 'new' | 'both' }) {
  return (
    <div className={styles.redlineText}>
      {parts.map((p, i) =>
        p.op === 'equal' ? (
          <Fragment key={i}>{p.text}</Fragment>
        ) : p.op === 'delete' ? (
          side === 'new' ? null : (
            <del key={i}>{p.text}</del>
          )
        ) : side === 'old' ? null : (
          <ins key={i}>{p.text}</ins>
        ),
      )}
    </div>
  );
}

export function FlagLine({ flag }: { flag: SubstantiveFlag }) {
  const { t } = useTranslation();
  const values = {
    before: flag.before ?? '—',
    after: flag.after ?? '—',
    element: flag.element ? t(`versions.elements.${flag.element}`, { defaultValue: flag.element }) : '',
  };
  return (
    <li
      className={`${styles.flag} flag-${flag.kind}`}
      data-testid="substantive-flag"
      data-flag={`${flag.kind}:${flag.direction}`}
    >
      {t(`versions.flags.${flag.kind}.${flag.direction}`, values)}
    </li>
  );
}

function PairRow({
  pair,
  mode,
  result,
  onRepair,
}: {
  pair: ComparedPair;
  mode: RedlineMode;
  result: CompareResult;
  onRepair: (oldKeys: string[], newKeys: string[]) => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const labels = (us: ComparedPair['old']) => us.map((u) => u.label).join(' + ') || '—';
  const heading = (pair.new[0] ?? pair.old[0])?.heading;
  return (
    <article
      className={clsx(styles.pair, styles[`pair-${pair.kind}`])}
      data-testid="compare-pair"
      data-kind={pair.kind}
    >
      <header className={styles.pairHead}>
        <span className={styles.pairLabels}>
          {labels(pair.old)} → {labels(pair.new)}
          {heading ? <span className="muted"> — {heading}</span> : null}
        </span>
        <span className={`badge kind-${pair.kind}`}>{t(`versions.kind.${pair.kind}`)}</span>
        {pair.renumbered && <span className="badge">{t('versions.renumbered')}</span>}
        {pair.manual && <span className="badge">{t('versions.manual')}</span>}
        <button type="button" className="link" onClick={() => setEditing((e) => !e)} data-testid="pair-correct">
          {t('versions.correctPairing')}
        </button>
      </header>
      {pair.kind === 'moved' && (
        <p className="muted" data-testid="moved-from">
          {t('versions.movedFrom', { label: labels(pair.old) })}
        </p>
      )}
      {pair.flags.length > 0 && (
        <ul className={styles.flags}>
          {pair.flags.map((f, i) => (
            <FlagLine key={i} flag={f} />
          ))}
        </ul>
      )}
      {editing && (
        <PairEditor
          pair={pair}
          result={result}
          onSave={(oldKeys, newKeys) => {
            setEditing(false);
            onRepair(oldKeys, newKeys);
          }}
          onCancel={() => setEditing(false)}
        />
      )}
      {mode === 'inline' || !pair.old.length || !pair.new.length ? (
        <Side parts={pair.diff} side="both" />
      ) : (
        <div className={styles.redlineSides} data-testid="redline-sides">
          <Side parts={pair.diff} side="old" />
          <Side parts={pair.diff} side="new" />
        </div>
      )}
    </article>
  );
}

/**
 * The redline of the whole act, in the new version's order: changed, moved, inserted, deleted,
 * split and merged provisions with their word differences; runs of unchanged provisions
 * collapsed to one line that opens them.
 */
export function Redline({
  result,
  mode,
  onlyFlagged,
  onRepair,
}: {
  result: CompareResult;
  mode: RedlineMode;
  onlyFlagged: boolean;
  onRepair: (oldKeys: string[], newKeys: string[]) => void;
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState<Set<number>>(new Set());
  const blocks: ({ kind: 'pair'; pair: ComparedPair } | { kind: 'same'; start: number; pairs: ComparedPair[] })[] = [];
  result.pairs.forEach((pair, i) => {
    const quiet = (pair.kind === 'same' && !pair.renumbered) || (onlyFlagged && pair.flags.length === 0);
    const last = blocks[blocks.length - 1];
    if (!quiet) blocks.push({ kind: 'pair', pair });
    else if (last?.kind === 'same') last.pairs.push(pair);
    else blocks.push({ kind: 'same', start: i, pairs: [pair] });
  });
  return (
    <div className={styles.redline} data-testid="redline">
      {blocks.map((b) =>
        b.kind === 'pair' ? (
          <PairRow
            key={`${b.pair.old[0]?.key}>${b.pair.new[0]?.key}`}
            pair={b.pair}
            mode={mode}
            result={result}
            onRepair={onRepair}
          />
        ) : opened.has(b.start) ? (
          b.pairs.map((p) => (
            <PairRow
              key={`${p.old[0]?.key}>${p.new[0]?.key}`}
              pair={p}
              mode={mode}
              result={result}
              onRepair={onRepair}
            />
          ))
        ) : (
          <button
            key={`same-${b.start}`}
            type="button"
            className={styles.collapsedRun}
            onClick={() => setOpened(new Set([...opened, b.start]))}
            data-testid="collapsed-run"
          >
            {t('versions.collapsed', { count: b.pairs.length })}
          </button>
        ),
      )}
    </div>
  );
}
