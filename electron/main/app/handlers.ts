import { existsSync, linkSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { HandlerTable } from '../../../shared/api/dispatch';
import { AppError } from '../../../shared/api/errors';
import type { AssessmentSummary } from '../../../shared/api/schemas';
import { getElementChecklist, getInstrument, listInstruments, search } from '../db/reference-repo';
import { buildAssessmentFile, closeAssessmentFile, openAssessmentFile } from '../db/assessment-file';
import { initAssessment } from '../db/assessment-repo';
import type { AppContext } from './context';
import { editProvision, getProvisions, listActs, undoProvisionEdit } from '../db/act-repo';
import { importAct } from './import-service';
import { deleteInstrument, importInstrument, updateArticle } from './library-service';
import { SAMPLE_FILE_NAME, createSampleAssessment } from './sample';
import { exportFromAssessment } from './export-service';
import { currentDb, suggestFileName, summary, withExtension, writableDb } from './current';
import { resolveUserPath } from './work-folder';
import { runAssessmentAnalysisInWorker } from './analysis-service';
import { provisionMappings } from '../db/provision-mappings';
import { addCountryTerm, listCountryTerms, removeCountryTerm } from '../db/terms-repo';
import { CONCEPTS_DATA } from '../../../shared/analysis/rules';
import { analysisStatus } from '../db/analysis-status';
import {
  addMapping,
  dashboard,
  getReviewDetail,
  listReview,
  searchProvisions,
  setAssessment,
  setMapping,
} from '../db/review-repo';
import { clearPairings, deleteVersion, listVersions, setPairing, updateVersion } from '../db/version-repo';
import { carryStoredReview, compareStoredVersions, exportComparisonDocx } from './version-service';

function switchTo(ctx: AppContext, next: AppContext['current']): AssessmentSummary {
  if (ctx.current) closeAssessmentFile(ctx.current.db);
  ctx.current = next;
  const s = summary(ctx);
  ctx.settings.rememberRecent({ path: s.path, title: s.title, country: s.country });
  ctx.emit('assessment:changed', { tables: ['assessment'] });
  return s;
}

function termsResponse(ctx: AppContext) {
  return {
    terms: ctx.current ? listCountryTerms(ctx.current.db) : [],
    concepts: CONCEPTS_DATA.concepts.map((c) => c.id),
  };
}

/**
 * SQLite's refusals as errors the user can act on: the file stayed locked by another writer past
 * the wait (`busy`: nothing was saved, try again), or it is open read-only (`read-only`).
 */
function storageError(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return error;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new AppError(
      'busy',
      'The assessment file is being written by another window or process; this change was not saved. Try again.',
      { sqlite: code },
    );
  if (code.startsWith('SQLITE_READONLY'))
    return new AppError('read-only', 'The assessment file is open read-only; this change was not saved.', {
      sqlite: code,
    });
  return error;
}

function withStorageErrors(table: HandlerTable): HandlerTable {
  const wrapped: Record<string, (request: unknown) => Promise<unknown>> = {};
  for (const [channel, handler] of Object.entries(table) as [string, (request: unknown) => unknown][]) {
    wrapped[channel] = async (request) => {
      try {
        return await handler(request);
      } catch (error) {
        throw storageError(error);
      }
    };
  }
  return wrapped as unknown as HandlerTable;
}

/** The handler for every channel of the contract. */
export function createHandlers(ctx: AppContext): HandlerTable {
  return withStorageErrors(handlerTable(ctx));
}

function handlerTable(ctx: AppContext): HandlerTable {
  const knownInstruments = () => new Set(ctx.library.instruments.map((i) => i.id));

  return {
    'app:info': () => ({
      version: ctx.platform.appVersion,
      dataVersion: ctx.library.dataVersion,
      host: ctx.platform.host,
      userName: ctx.platform.userName,
      assessor: ctx.settings.assessor()?.name ?? '',
      warnings: ctx.warnings,
    }),
    'library:list-instruments': () => listInstruments(ctx.referenceDb),
    'library:get-instrument': ({ id }) => getInstrument(ctx.referenceDb, id),
    'library:get-elements': ({ requirementId }) => getElementChecklist(ctx.referenceDb, requirementId),
    'library:search': ({ query, limit, instruments }) => search(ctx.referenceDb, query, limit, instruments),
    'library:import-instrument': (req) =>
      importInstrument(
        ctx,
        req.source.kind === 'path'
          ? { ...req, source: { kind: 'path', path: resolveUserPath(ctx, req.source.path, 'read') } }
          : req,
      ),
    'library:update-article': (req) => updateArticle(ctx, req),
    'library:delete-instrument': ({ id }) => deleteInstrument(ctx, id),

    'assessment:create': async (req) => {
      const known = knownInstruments();
      const unknown = req.instruments.filter((i) => !known.has(i));
      if (unknown.length)
        throw new AppError('invalid-request', `Unknown instrument(s): ${unknown.join(', ')}`, {
          instruments: unknown.join(','),
        });
      const chosen = req.path ?? (await ctx.platform.chooseSavePath(suggestFileName(req.country, req.title)));
      if (!chosen) return null;
      const path = resolveUserPath(ctx, withExtension(chosen), 'write');
      // Built under a temporary name with its record, then named: never a stub or a file without it.
      await buildAssessmentFile(path, (db) => initAssessment(db, req, ctx.platform.userName));
      // The name given is offered for the next assessment and report (asked once).
      if (req.assessor.trim())
        ctx.settings.rememberAssessor({
          name: req.assessor,
          organisation: ctx.settings.assessor()?.organisation ?? '',
        });
      return switchTo(ctx, await openAssessmentFile(path, { user: ctx.platform.userName }));
    },

    'assessment:open': async ({ path: given }) => {
      const chosen = given ?? (await ctx.platform.chooseOpenPath());
      if (!chosen) return null;
      const path = resolveUserPath(ctx, chosen, 'read');
      if (ctx.current && ctx.current.path === path) return summary(ctx);
      const opened = await openAssessmentFile(path, { user: ctx.platform.userName });
      return switchTo(ctx, opened);
    },

    'assessment:save-as': async ({ path: given }) => {
      if (!ctx.current) throw new AppError('no-assessment', 'No assessment is open');
      const s = summary(ctx);
      const chosen = given ?? (await ctx.platform.chooseSavePath(suggestFileName(s.country, s.title, 'copy')));
      if (!chosen) return null;
      const path = resolveUserPath(ctx, withExtension(chosen), 'write');
      if (path === ctx.current.path) return s;
      const exists = () =>
        new AppError('file-exists', `${basename(path)} already exists; choose another name`, { file: basename(path) });
      if (existsSync(path)) throw exists();
      // The online backup API copies a consistent snapshot even while the WAL holds recent writes;
      // it writes under a temporary name, given the final one only when complete.
      const tmp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.creating`);
      try {
        await ctx.current.db.backup(tmp);
        try {
          linkSync(tmp, path);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw exists();
          throw error;
        }
      } finally {
        for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(tmp + suffix, { force: true });
      }
      const opened = await openAssessmentFile(path, { user: ctx.platform.userName });
      return switchTo(ctx, opened);
    },

    'assessment:current': () => (ctx.current ? summary(ctx) : null),

    'assessment:close': () => {
      if (ctx.current) {
        closeAssessmentFile(ctx.current.db);
        ctx.current = null;
        ctx.emit('assessment:changed', { tables: ['assessment'] });
      }
      return null;
    },

    'assessment:recent': () => ctx.settings.recentFiles(),

    'assessment:open-sample': async () => {
      const path = join(ctx.platform.documentsDir, SAMPLE_FILE_NAME);
      if (!existsSync(path))
        await createSampleAssessment(path, ctx.library, ctx.platform.userName, ctx.settings.assessor()?.name ?? '');
      if (ctx.current?.path === path) return summary(ctx);
      return switchTo(ctx, await openAssessmentFile(path, { user: ctx.platform.userName }));
    },

    'act:list': () => (ctx.current ? listActs(ctx.current.db) : []),

    'act:import': async (req) => {
      writableDb(ctx);
      if (ctx.jobs.has(req.jobId)) throw new AppError('invalid-request', `Import ${req.jobId} is already running`);
      let source = req.source;
      if (!source) {
        const path = await ctx.platform.chooseImportPath();
        if (!path) return null;
        source = { kind: 'path', path };
      } else if (source.kind === 'path') source = { kind: 'path', path: resolveUserPath(ctx, source.path, 'read') };
      const controller = new AbortController();
      ctx.jobs.set(req.jobId, controller);
      try {
        return await importAct(ctx, req, source, controller.signal, (fraction, stage) =>
          ctx.emit('import:progress', { jobId: req.jobId, fraction, stage }),
        );
      } finally {
        ctx.jobs.delete(req.jobId);
      }
    },

    'act:cancel-import': ({ jobId }) => {
      ctx.jobs.get(jobId)?.abort();
      return null;
    },

    'act:provisions': ({ versionId }) => getProvisions(currentDb(ctx), versionId),
    'act:provision-mappings': ({ versionId }) => provisionMappings(currentDb(ctx), versionId),

    'act:edit-provision': (edit) => {
      const db = writableDb(ctx);
      const { versionId } = editProvision(db, edit, ctx.platform.userName);
      ctx.emit('assessment:changed', { tables: ['provision'] });
      return getProvisions(db, versionId);
    },

    'act:undo-edit': ({ versionId }) => {
      const db = writableDb(ctx);
      undoProvisionEdit(db, versionId, ctx.platform.userName);
      ctx.emit('assessment:changed', { tables: ['provision'] });
      return getProvisions(db, versionId);
    },

    'analysis:run': async () => {
      const current = ctx.current;
      const { stored } = await runAssessmentAnalysisInWorker(writableDb(ctx), ctx.library, ctx.platform.userName, {
        stillCurrent: () => ctx.current === current,
      });
      ctx.emit('assessment:changed', { tables: ['requirement_assessment', 'mapping'] });
      return stored;
    },

    'terms:list': () => termsResponse(ctx),
    'terms:add': (req) => {
      const db = writableDb(ctx);
      addCountryTerm(db, req, ctx.platform.userName);
      ctx.emit('assessment:changed', { tables: ['country_term'] });
      return termsResponse(ctx);
    },
    'terms:remove': ({ id }) => {
      removeCountryTerm(writableDb(ctx), id);
      ctx.emit('assessment:changed', { tables: ['country_term'] });
      return termsResponse(ctx);
    },
    'analysis:status': () => (ctx.current ? analysisStatus(ctx.current.db) : null),

    'report:export': (req) => exportFromAssessment(ctx, req),

    'review:list': () => (ctx.current ? listReview(ctx.current.db, ctx.library) : []),
    'review:get': ({ requirementId }) => getReviewDetail(currentDb(ctx), ctx.library, requirementId),
    'review:set-mapping': (change) => {
      const db = writableDb(ctx);
      const requirementId = setMapping(db, change, ctx.platform.userName);
      ctx.emit('assessment:changed', { tables: ['mapping'] });
      return getReviewDetail(db, ctx.library, requirementId);
    },
    'review:add-mapping': (input) => {
      const db = writableDb(ctx);
      addMapping(db, input, ctx.platform.userName);
      ctx.emit('assessment:changed', { tables: ['mapping'] });
      return getReviewDetail(db, ctx.library, input.requirementId);
    },
    'review:set-assessment': (input) => {
      const db = writableDb(ctx);
      setAssessment(db, input, ctx.platform.userName);
      ctx.emit('assessment:changed', { tables: ['requirement_assessment'] });
      return getReviewDetail(db, ctx.library, input.requirementId);
    },
    'review:search-provisions': ({ query, limit }) => searchProvisions(currentDb(ctx), query, limit),
    'dashboard:summary': () =>
      ctx.current
        ? dashboard(ctx.current.db, ctx.library)
        : { analysed: false, total: 0, reviewed: 0, byInstrument: [], matrix: { acts: [], rows: [] }, unmapped: [] },

    'versions:list': ({ actId }) => listVersions(currentDb(ctx), actId),
    'versions:update': (change) => {
      const v = updateVersion(currentDb(ctx), change, ctx.platform.userName);
      ctx.emit('assessment:changed', { tables: ['act'] });
      return v;
    },
    'versions:delete': ({ versionId }) => {
      deleteVersion(currentDb(ctx), versionId, ctx.platform.userName);
      ctx.emit('assessment:changed', { tables: ['act', 'provision', 'mapping'] });
      return null;
    },
    'versions:compare': async ({ oldVersionId, newVersionId, jobId }) => {
      const db = currentDb(ctx);
      const controller = new AbortController();
      if (jobId) ctx.jobs.set(jobId, controller);
      try {
        return await compareStoredVersions(ctx, db, oldVersionId, newVersionId, {
          signal: controller.signal,
          onProgress: (fraction, stage) => jobId && ctx.emit('import:progress', { jobId, fraction, stage }),
        });
      } finally {
        if (jobId) ctx.jobs.delete(jobId);
      }
    },
    'versions:cancel': ({ jobId }) => {
      ctx.jobs.get(jobId)?.abort();
      return null;
    },
    'versions:set-pairing': (p) => {
      setPairing(currentDb(ctx), p, ctx.platform.userName);
      ctx.emit('assessment:changed', { tables: ['version_pairing'] });
      return null;
    },
    'versions:clear-pairings': ({ oldVersionId, newVersionId }) => {
      clearPairings(currentDb(ctx), oldVersionId, newVersionId, ctx.platform.userName);
      ctx.emit('assessment:changed', { tables: ['version_pairing'] });
      return null;
    },
    'versions:carry-review': async ({ oldVersionId, newVersionId }) => {
      const r = await carryStoredReview(ctx, currentDb(ctx), oldVersionId, newVersionId);
      ctx.emit('assessment:changed', { tables: ['mapping', 'requirement_assessment'] });
      return r;
    },
    'versions:export-docx': (req) => exportComparisonDocx(ctx, currentDb(ctx), req),
  };
}
