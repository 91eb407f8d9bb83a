import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { HandlerTable } from '../../../shared/api/dispatch';
import { AppError } from '../../../shared/api/errors';
import type { AssessmentSummary } from '../../../shared/api/schemas';
import { getElementChecklist, getInstrument, listInstruments, search } from '../db/reference-repo';
import { closeAssessmentFile, createAssessmentFile, openAssessmentFile } from '../db/assessment-file';
import { initAssessment } from '../db/assessment-repo';
import type { AppContext } from './context';
import { editProvision, getProvisions, listActs, undoProvisionEdit } from '../db/act-repo';
import { importAct } from './import-service';
import { deleteInstrument, importInstrument, updateArticle } from './library-service';
import { SAMPLE_FILE_NAME, createSampleAssessment } from './sample';
import { exportFromAssessment } from './export-service';
import { currentDb, suggestFileName, summary, withExtension } from './current';
import { runAssessmentAnalysis } from './analysis-service';
import { provisionMappings } from '../db/provision-mappings';
import { addCountryTerm, listCountryTerms, removeCountryTerm } from '../db/terms-repo';
import { CONCEPTS_DATA } from '../../../shared/analysis/rules';
import {
  addMapping,
  dashboard,
  getReviewDetail,
  listReview,
  searchProvisions,
  setAssessment,
  setMapping,
} from '../db/review-repo';

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

/** The handler for every channel of the contract. */
export function createHandlers(ctx: AppContext): HandlerTable {
  const knownInstruments = () => new Set(ctx.library.instruments.map((i) => i.id));

  return {
    'app:info': () => ({
      version: ctx.platform.appVersion,
      dataVersion: ctx.library.dataVersion,
      host: ctx.platform.host,
      userName: ctx.platform.userName,
      warnings: ctx.warnings,
    }),
    'library:list-instruments': () => listInstruments(ctx.referenceDb),
    'library:get-instrument': ({ id }) => getInstrument(ctx.referenceDb, id),
    'library:get-elements': ({ requirementId }) => getElementChecklist(ctx.referenceDb, requirementId),
    'library:search': ({ query, limit, instruments }) => search(ctx.referenceDb, query, limit, instruments),
    'library:import-instrument': (req) => importInstrument(ctx, req),
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
      const path = resolve(withExtension(chosen));
      const db = createAssessmentFile(path);
      try {
        initAssessment(db, req, ctx.platform.userName);
      } catch (error) {
        closeAssessmentFile(db);
        throw error;
      }
      return switchTo(ctx, { db, path, upgradedFrom: null, backupPath: null });
    },

    'assessment:open': async ({ path: given }) => {
      const chosen = given ?? (await ctx.platform.chooseOpenPath());
      if (!chosen) return null;
      const path = resolve(chosen);
      if (ctx.current && ctx.current.path === path) return summary(ctx);
      const opened = await openAssessmentFile(path);
      return switchTo(ctx, opened);
    },

    'assessment:save-as': async ({ path: given }) => {
      if (!ctx.current) throw new AppError('no-assessment', 'No assessment is open');
      const s = summary(ctx);
      const chosen = given ?? (await ctx.platform.chooseSavePath(suggestFileName(s.country, s.title, 'copy')));
      if (!chosen) return null;
      const path = resolve(withExtension(chosen));
      if (path === ctx.current.path) return s;
      if (existsSync(path)) throw new AppError('file-exists', `${path} already exists; choose another name`, { path });
      // The online backup API copies a consistent snapshot even while the WAL holds recent writes.
      await ctx.current.db.backup(path);
      const opened = await openAssessmentFile(path);
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
      return switchTo(ctx, await openAssessmentFile(path));
    },

    'act:list': () => (ctx.current ? listActs(ctx.current.db) : []),

    'act:import': async (req) => {
      currentDb(ctx);
      if (ctx.jobs.has(req.jobId)) throw new AppError('invalid-request', `Import ${req.jobId} is already running`);
      let source = req.source;
      if (!source) {
        const path = await ctx.platform.chooseImportPath();
        if (!path) return null;
        source = { kind: 'path', path };
      }
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
      const db = currentDb(ctx);
      const { versionId } = editProvision(db, edit, ctx.platform.userName);
      ctx.emit('assessment:changed', { tables: ['provision'] });
      return getProvisions(db, versionId);
    },

    'act:undo-edit': ({ versionId }) => {
      const db = currentDb(ctx);
      undoProvisionEdit(db, versionId, ctx.platform.userName);
      ctx.emit('assessment:changed', { tables: ['provision'] });
      return getProvisions(db, versionId);
    },

    'analysis:run': () => {
      const { stored } = runAssessmentAnalysis(currentDb(ctx), ctx.library, ctx.platform.userName);
      ctx.emit('assessment:changed', { tables: ['requirement_assessment', 'mapping'] });
      return stored;
    },

    'terms:list': () => termsResponse(ctx),
    'terms:add': (req) => {
      const db = currentDb(ctx);
      addCountryTerm(db, req, ctx.platform.userName);
      ctx.emit('assessment:changed', { tables: ['country_term'] });
      return termsResponse(ctx);
    },
    'terms:remove': ({ id }) => {
      removeCountryTerm(currentDb(ctx), id);
      ctx.emit('assessment:changed', { tables: ['country_term'] });
      return termsResponse(ctx);
    },

    'report:export': (req) => exportFromAssessment(ctx, req),

    'review:list': () => (ctx.current ? listReview(ctx.current.db, ctx.library) : []),
    'review:get': ({ requirementId }) => getReviewDetail(currentDb(ctx), ctx.library, requirementId),
    'review:set-mapping': (change) => {
      const db = currentDb(ctx);
      const requirementId = setMapping(db, change, ctx.platform.userName);
      ctx.emit('assessment:changed', { tables: ['mapping'] });
      return getReviewDetail(db, ctx.library, requirementId);
    },
    'review:add-mapping': (input) => {
      const db = currentDb(ctx);
      addMapping(db, input, ctx.platform.userName);
      ctx.emit('assessment:changed', { tables: ['mapping'] });
      return getReviewDetail(db, ctx.library, input.requirementId);
    },
    'review:set-assessment': (input) => {
      const db = currentDb(ctx);
      setAssessment(db, input, ctx.platform.userName);
      ctx.emit('assessment:changed', { tables: ['requirement_assessment'] });
      return getReviewDetail(db, ctx.library, input.requirementId);
    },
    'review:search-provisions': ({ query, limit }) => searchProvisions(currentDb(ctx), query, limit),
    'dashboard:summary': () =>
      ctx.current
        ? dashboard(ctx.current.db, ctx.library)
        : { analysed: false, total: 0, reviewed: 0, byInstrument: [], matrix: { acts: [], rows: [] }, unmapped: [] },
  };
}
