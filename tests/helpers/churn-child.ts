/**
 * A writer to kill, for the kill test, run under plain Node with tsx:
 *
 *   node --import tsx tests/helpers/churn-child.ts <dir> <tag>
 *
 * Until killed it creates new assessment files (File → New) and appends audit entries to
 * `<dir>/main.lexgap`, closing and reopening it (a checkpoint) now and then. Every line it prints is
 * JSON, and announces a file or an entry only once it is complete and committed.
 */
import { join } from 'node:path';
import { buildAssessmentFile, closeAssessmentFile, openAssessmentFile } from '../../electron/main/db/assessment-file';
import { audit, initAssessment } from '../../electron/main/db/assessment-repo';
import { writeTransaction } from '../../electron/main/db/sqlite';

const say = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

async function churn(dir: string, tag: string) {
  const main = join(dir, 'main.lexgap');
  let opened = await openAssessmentFile(main, { user: tag });
  if (opened.readOnly) throw new Error('main.lexgap is held by another process');
  say({ ready: true });
  for (let i = 0; ; i++) {
    const name = `new-${tag}-${i}.lexgap`;
    await buildAssessmentFile(join(dir, name), (db) =>
      initAssessment(db, { country: 'Testland', title: name, assessor: tag, instruments: ['tip-protocol'] }, tag),
    );
    say({ created: name });
    for (let k = 0; k < 5; k++) {
      const id = `${tag}-${i}-${k}`;
      writeTransaction(opened.db, () =>
        audit(opened.db, { actor: tag, action: 'kill-test', entity: 'assessment', entityId: id }),
      );
      say({ wrote: id });
    }
    if (i % 3 === 2) {
      closeAssessmentFile(opened.db);
      opened = await openAssessmentFile(main, { user: tag });
    }
  }
}

await churn(process.argv[2]!, process.argv[3]!);
