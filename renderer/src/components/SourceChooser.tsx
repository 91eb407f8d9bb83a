import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeSource } from '../features/acts/fileSource';
import type { ImportSourceState } from './useImportSource';
import styles from './SourceChooser.module.css';

/**
 * Where a text to import comes from: a chosen file (a path in the desktop app, its bytes in a
 * browser) or pasted text. The state stays with the dialog that imports it (useImportSource).
 */
export function SourceChooser(props: {
  state: ImportSourceState;
  /** What "Choose a file…" does; by default it opens the file input. */
  onChooseFile?: () => void;
  disabled: boolean;
  /** Prefix of the test ids ("import" gives import-file-input, import-paste…). */
  testId: string;
  pastePlaceholder: string;
  hint?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { file, pasting, setPasting, pasted, setPasted, fileInput, takeFile } = props.state;
  const { onChooseFile, disabled, testId } = props;
  return (
    <div className={styles.sourceChoice}>
      <div>
        <strong>{t('import.source')}: </strong>
        <span data-testid={`${testId}-source-name`}>
          {pasting ? t('import.pasted') : describeSource(file, t('import.pasted')) || t('import.noFile')}
        </span>
        {props.hint}
      </div>
      <div className="actions">
        <button type="button" onClick={onChooseFile ?? (() => fileInput.current?.click())} disabled={disabled}>
          {t('import.chooseFile')}
        </button>
        <button
          type="button"
          onClick={() => setPasting(!pasting)}
          aria-pressed={pasting}
          disabled={disabled}
          data-testid={`${testId}-paste-toggle`}
        >
          {t('import.pasteText')}
        </button>
      </div>
      <input
        ref={fileInput}
        type="file"
        hidden
        accept=".pdf,.docx,.txt,.html,.htm"
        data-testid={`${testId}-file-input`}
        onChange={async (e) => {
          const chosen = e.target.files?.[0];
          if (chosen) await takeFile(chosen);
        }}
      />
      {pasting && (
        <textarea
          className={styles.pasteArea}
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
          placeholder={props.pastePlaceholder}
          data-testid={`${testId}-paste`}
          rows={8}
        />
      )}
      {props.children}
    </div>
  );
}
