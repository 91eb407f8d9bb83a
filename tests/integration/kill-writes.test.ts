import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { buildAssessmentFile, closeAssessmentFile, openAssessmentFile } from '../../electron/main/db/assessment-file';
import { initAssessment, readAssessmentSummary } from '../../electron/main/db/assessment-repo';
import { tempDir } from '../helpers/temp';

const CHILD = resolve('tests/helpers/churn-child.ts');
const KILLS = 20;
const SEED = 20261206;

/** A small seeded generator (mulberry32): the same kill moments on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Acked {
  created: Set<string>;
  wrote: Set<string>;
}

/** Run the churning writer until its first write, then SIGKILL it after `delay` ms. */
function runAndKill(dir: string, tag: string, delay: number, acked: Acked): Promise<void> {
  return new Promise((done, fail) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, tag], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let killed = false;
    createInterface({ input: proc.stdout }).on('line', (line) => {
      const parsed = JSON.parse(line) as { ready?: boolean; created?: string; wrote?: string };
      if (parsed.created) acked.created.add(parsed.created);
      if (parsed.wrote) acked.wrote.add(parsed.wrote);
      if (parsed.ready && !killed) {
        killed = true;
        setTimeout(() => proc.kill('SIGKILL'), delay);
      }
    });
    proc.on('close', (code, signal) => {
      if (signal === 'SIGKILL') done();
      else fail(new Error(`writer ended by itself (${code}): ${stderr}`));
    });
  });
}

const dir = tempDir();
afterAll(dir.cleanup);

describe('killed while writing', () => {
  it(`${KILLS} SIGKILLs during File → New and writes: every file opens, nothing acknowledged is lost`, async () => {
    const work = join(dir.path, 'kills');
    const main = join(work, 'main.lexgap');
    mkdirSync(work);
    await buildAssessmentFile(main, (db) =>
      initAssessment(db, { country: 'Testland', title: 'Main', assessor: 't', instruments: ['tip-protocol'] }, 't'),
    );
    const next = random(SEED);
    const acked: Acked = { created: new Set(), wrote: new Set() };
    let survived = 0;
    let duringNew = 0;
    const seenBuilding = new Set<string>();
    const checked = new Set<string>();
    for (let k = 0; k < KILLS; k++) {
      await runAndKill(work, `k${k}`, Math.floor(next() * 400), acked);
      // A temporary file not seen before: this kill struck inside a File → New.
      const building = readdirSync(work).filter((n) => n.includes('.creating') && !seenBuilding.has(n));
      if (building.length) duringNew++;
      building.forEach((n) => seenBuilding.add(n));

      // Every assessment file in the folder opens (the killed writer's lock is taken over) and
      // carries its record; no half-made file has an assessment's name.
      const names = readdirSync(work).filter((n) => n.endsWith('.lexgap'));
      for (const name of acked.created) expect(names, name).toContain(name);
      for (const name of names) {
        // A file checked after an earlier kill has not been touched since, except main.lexgap.
        if (checked.has(name)) continue;
        if (name !== 'main.lexgap') checked.add(name);
        const opened = await openAssessmentFile(join(work, name), { user: 'checker' });
        try {
          expect(opened.readOnly, name).toBe(false);
          const s = readAssessmentSummary(opened.db, name);
          expect(s.title, name).toBe(name === 'main.lexgap' ? 'Main' : name);
          if (name === 'main.lexgap') {
            const ids = new Set(
              (
                opened.db.prepare(`SELECT entity_id FROM audit_log WHERE action = 'kill-test'`).all() as {
                  entity_id: string;
                }[]
              ).map((r) => r.entity_id),
            );
            for (const id of acked.wrote) expect(ids.has(id), id).toBe(true);
          }
        } finally {
          closeAssessmentFile(opened.db);
        }
      }
      survived++;
    }
    expect(survived).toBe(KILLS);
    // What killed builds left behind was cleared by the next build: at most the last one's files.
    const leftovers = readdirSync(work).filter((n) => n.includes('.creating'));
    expect(leftovers.length).toBeLessThanOrEqual(4);
    // The run did write: files were created and entries acknowledged across the kills.
    expect(acked.created.size).toBeGreaterThan(KILLS / 2);
    expect(acked.wrote.size).toBeGreaterThan(KILLS);
    console.log(
      `kill test: ${KILLS} kills (${duringNew} during File → New), ${survived} survived; ${acked.created.size} files and ${acked.wrote.size} writes acknowledged, none lost`,
    );
  }, 300_000);
});
