import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { dispatch } from '../../shared/api/dispatch';
import type { ActView } from '../../shared/api/act-schemas';
import type { AnalysisStatus } from '../../electron/main/db/analysis-status';
import { createHandlers } from '../../electron/main/app/handlers';
import { startBrowserHost, type BrowserHost } from '../../electron/main/host/browser-host';
import { tempDir } from '../helpers/temp';
import { ok } from '../helpers/api';

const dir = tempDir();
let host: BrowserHost;

/** A short anti-trafficking act, with no word on laundering the proceeds. */
const ACT = `Prevention of Trafficking Act

Be it enacted by Parliament as follows:

1. Short title
This Act may be cited as the Prevention of Trafficking Act.

2. Offence of trafficking in persons
(1) A person who recruits, transports or harbours another person by means of threat, force or deception for the purpose of exploitation commits an offence.
(2) The consent of the victim is irrelevant where any of the means in subsection (1) was used.

3. Penalty
A person convicted of an offence under section 2 is liable to imprisonment for fifteen years.
`;

beforeAll(async () => {
  host = await startBrowserHost({
    dataDir: join(dir.path, 'data'),
    workDir: join(dir.path, 'work'),
    readFolders: [dir.path],
    rendererDir: join(dir.path, 'r'),
    userName: 'reviewer',
  });
  await ok(
    dispatch(createHandlers(host.context), 'assessment:create', {
      country: 'X',
      title: 'Kinds',
      assessor: 'A',
      instruments: ['untoc'],
    }),
  );
});
afterAll(async () => {
  await host.stop();
  dir.cleanup();
});

const h = () => createHandlers(host.context);
const statusOf = async (id: string) => {
  const db = host.context.current!.db;
  const row = db.prepare('SELECT proposed_status AS s FROM requirement_assessment WHERE requirement_id = ?').get(id) as
    { s: string } | undefined;
  return row?.s;
};

describe('what an act is', () => {
  let actId = 0;

  it('is recognised from the text until recorded, and recording it marks the analysis out of date', async () => {
    const r = await ok<{ actId: number }>(
      dispatch(h(), 'act:import', {
        jobId: 'k1',
        source: { kind: 'text', text: ACT },
        title: 'Prevention of Trafficking Act',
      }),
    );
    actId = r.actId;
    const acts = await ok<ActView[]>(dispatch(h(), 'act:list', {}));
    expect(acts[0]!.kinds).toBeNull();
    expect(acts[0]!.detectedKinds).toEqual(['trafficking-act']);
    await ok(dispatch(h(), 'analysis:run', {}));
    expect(await statusOf('untoc:6(1)(a)(i)')).toBe('not_assessed');
    expect((await ok<AnalysisStatus>(dispatch(h(), 'analysis:status', {}))).outOfDate).toBe(false);

    const after = await ok<ActView[]>(
      dispatch(h(), 'act:set-kinds', { actId, kinds: ['trafficking-act', 'anti-money-laundering'] }),
    );
    expect(after[0]!.kinds).toEqual(['trafficking-act', 'anti-money-laundering']);
    expect((await ok<AnalysisStatus>(dispatch(h(), 'analysis:status', {}))).outOfDate).toBe(true);
    await ok(dispatch(h(), 'analysis:run', {}));
    expect(await statusOf('untoc:6(1)(a)(i)')).not.toBe('not_assessed');
    expect((await ok<AnalysisStatus>(dispatch(h(), 'analysis:status', {}))).outOfDate).toBe(false);
  });

  it('goes back to recognition when cleared, and refuses a kind it does not know or an act that is not there', async () => {
    const cleared = await ok<ActView[]>(dispatch(h(), 'act:set-kinds', { actId, kinds: null }));
    expect(cleared[0]!.kinds).toBeNull();
    const unknown = await dispatch(h(), 'act:set-kinds', { actId, kinds: ['statute-of-the-moon'] });
    expect(unknown.ok).toBe(false);
    const missing = await dispatch(h(), 'act:set-kinds', { actId: actId + 100, kinds: ['penal-code'] });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.message).toMatch(/No act/);
  });

  it('stores regulations printed after an act as an act of their own, recorded as a regulation', async () => {
    const text = `${ACT}\nThe Prevention of Trafficking (Shelters) Regulations, 2012\n\n1. Citation\nThese Regulations may be cited as the Prevention of Trafficking (Shelters) Regulations, 2012.\n\n2. Shelters\nEvery shelter shall give a victim food, clothing and medical care.\n`;
    const r = await ok<{ actId: number; units: number; alsoImported: { actId: number; title: string }[] }>(
      dispatch(h(), 'act:import', { jobId: 'k2', source: { kind: 'text', text }, title: 'Act with its regulations' }),
    );
    expect(r.units).toBe(3);
    expect(r.alsoImported).toEqual([
      { actId: expect.any(Number), title: 'The Prevention of Trafficking (Shelters) Regulations, 2012' },
    ]);
    const acts = await ok<ActView[]>(dispatch(h(), 'act:list', {}));
    const regulation = acts.find((a) => a.id === r.alsoImported[0]!.actId)!;
    expect(regulation.title).toBe('The Prevention of Trafficking (Shelters) Regulations, 2012');
    expect(regulation.kinds).toEqual(['regulation']);
    expect(regulation.year).toBe(2012);
    expect(regulation.versions[0]!.unitCount).toBe(2);
  });
});
