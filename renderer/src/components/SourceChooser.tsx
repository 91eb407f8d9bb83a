import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportSource } from '../../../shared/api/act-schemas';
import { describeSource, sourceFromFile } from '../features/acts/fileSource';
import styles from './SourceChooser.module.css';

/**
 * Where a text to import comes from: a chosen file (a path in the desktop app, its bytes in a
 * browser) or pasted text. The state stays with the dialog that imports it.
 */
export function SourceChooser(props: {
  source: ImportSource | null;
  onSource: (source: ImportSource | null) => void;
  pasting: boolean;
  onPasting: (pasting: boolean) => void;
  pasted: string;
  onPasted: (text: string) => void;
  fileInput: RefObject<HTMLInputElement | null>;
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
  const { source, onSource, pasting, onPasting, pasted, onPasted, fileInput, onChooseFile, disabled, testId } = props;
  return (
    <div className={styles.sourceChoice}>
      <div>
        <strong>{t('import.source')}: </strong>
        <span data-testid={`${testId}-source-name`}>
          {pasting ? t('import.pasted') : describeSource(source, t('import.pasted')) || t('import.noFile')}
        </span>
        {props.hint}
      </div>
      <div className="actions">
        <button type="button" onClick={onChooseFile ?? (() => fileInput.current?.click())} disabled={disabled}>
          {t('import.chooseFile')}
        </button>
        <button
          type="button"
          onClick={() => onPasting(!pasting)}
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
          const file = e.target.files?.[0];
          if (file) {
            onPasting(false);
            onSource(await sourceFromFile(file));
          }
        }}
      />
      {pasting && (
        <textarea
          className={styles.pasteArea}
          value={pasted}
          onChange={(e) => onPasted(e.target.value)}
          placeholder={props.pastePlaceholder}
          data-testid={`${testId}-paste`}
          rows={8}
        />
      )}
      {props.children}
    </div>
  );
}
