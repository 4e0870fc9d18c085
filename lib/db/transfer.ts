/**
 * Export and import against the database: the reads that gather what an export file
 * holds, and the one transaction that adds an import's rows. What the file looks like,
 * how it is checked and which rows an import adds are decided in lib/io (pure); this
 * module only reads and writes.
 */
import Dexie from 'dexie';
import type { CareerTalkDB } from './schema';
import { describeStorageError, PlanGoneError } from './errors';
import { ACTIVE_PLAN_KEY } from './plans';
import type { Id } from '../plan/types';
import { buildExportFile, type ExportFile } from '../io/export';
import { checkImportText, importFileIds, importSummary, planImportRows, readImportFile, type ImportResult } from '../io/import';
import { loadHistory } from './cycles';
import { goalPaths, historyRows } from '../plan/cycles';
import { historyToMarkdown } from '../io/history-markdown';
import { planToMarkdown } from '../io/markdown';
import { planFingerprint, templateFingerprint, type ImportedNaming } from '../io/import-match';
import { msg } from '../message';
import { t } from '../i18n';

/**
 * Every plan with its action items, and every user template. Read in one transaction
 * so the file is a consistent snapshot even while the popup is saving.
 */
export async function exportAll(db: CareerTalkDB, now: Date = new Date()): Promise<ExportFile> {
  const rows = await db.transaction('r', db.plans, db.actionItems, db.templates, async () => ({
    plans: await db.plans.orderBy('updatedAt').toArray(),
    actionItems: await db.actionItems.orderBy('[planId+order]').toArray(),
    templates: await db.templates.orderBy('name').toArray(),
  }));
  return buildExportFile(rows, now);
}

/** One plan and its action items (templates are not part of a plan). */
export async function exportPlan(db: CareerTalkDB, planId: Id, now: Date = new Date()): Promise<ExportFile> {
  const rows = await db.transaction('r', db.plans, db.actionItems, async () => {
    const plan = await db.plans.get(planId);
    if (!plan) throw new PlanGoneError();
    return {
      plans: [plan],
      actionItems: await db.actionItems.where('[planId+order]').between([planId, Dexie.minKey], [planId, Dexie.maxKey]).toArray(),
      templates: [],
    };
  });
  return buildExportFile(rows, now);
}

/** One plan as a Markdown document (see lib/io/markdown.ts) in the interface language, read fresh from the database. */
export async function exportPlanMarkdown(db: CareerTalkDB, planId: Id, now: Date = new Date()): Promise<string> {
  const file = await exportPlan(db, planId, now);
  const md = planToMarkdown(file.plans[0], file.actionItems, t, now);
  // A plan that is one of several cycles carries its history along.
  const history = await loadHistory(db, planId);
  if (!history || history.chain.length < 2) return md;
  return `${md.replace(/\n+$/, '')}\n\n${historyToMarkdown(historyRows(history.chain, history.itemsByPlan), goalPaths(history.chain), t)}`;
}

/** The words of a copy's name in the interface language (in the import worker, lib/io/worker-i18n.ts answers). */
const importedNaming = (): ImportedNaming => ({ mark: t('importImportedMark'), plan: t('importCopyPlanName'), template: t('importCopyTemplateName') });

/** Every stored template's name, and what every stored plan and template holds (to skip what is already here). */
async function storedContent(db: CareerTalkDB) {
  const [plans, items, templates] = await Promise.all([db.plans.toArray(), db.actionItems.toArray(), db.templates.toArray()]);
  const itemsByPlan = new Map<string, typeof items>();
  for (const item of items) {
    const list = itemsByPlan.get(item.planId);
    if (list) list.push(item);
    else itemsByPlan.set(item.planId, [item]);
  }
  return {
    templateNames: templates.map((t) => t.name),
    planFingerprints: new Set(plans.map((p) => planFingerprint(p, itemsByPlan.get(p.id) ?? []))),
    templateFingerprints: new Set(templates.map(templateFingerprint)),
  };
}

/**
 * Adds a validated file's rows. One transaction: which ids and template names already
 * exist is read inside it, so the planned copies can't collide with a write from another
 * page; rows are added (never put), so a collision that slipped through aborts the whole
 * import instead of overwriting anything.
 */
export async function importExportFile(db: CareerTalkDB, file: ExportFile, now: Date = new Date()): Promise<Extract<ImportResult, { ok: true }>> {
  return db.transaction('rw', [db.plans, db.actionItems, db.templates, db.settings], async () => {
    const ids = importFileIds(file);
    const rows = planImportRows(
      file,
      {
        planIds: new Set(await db.plans.where('id').anyOf(ids.planIds).primaryKeys()),
        actionItemIds: new Set(await db.actionItems.where('id').anyOf(ids.actionItemIds).primaryKeys()),
        templateIds: new Set(await db.templates.where('id').anyOf(ids.templateIds).primaryKeys()),
        ...(await storedContent(db)),
      },
      now,
      importedNaming(),
    );

    await db.plans.bulkAdd(rows.plans);
    await db.actionItems.bulkAdd(rows.actionItems);
    await db.templates.bulkAdd(rows.templates);

    // A fresh profile has no active plan: make the first imported one active so it shows at once.
    const active = await db.settings.get(ACTIVE_PLAN_KEY);
    const activeExists = typeof active?.value === 'string' && (await db.plans.get(active.value)) !== undefined;
    if (!activeExists && rows.plans.length) await db.settings.put({ key: ACTIVE_PLAN_KEY, value: rows.plans[0].id });

    return { ok: true as const, summary: importSummary(rows.counts), counts: rows.counts, planIds: rows.plans.map((p) => p.id) };
  });
}

/** Validates the text of an import file and, only if it is entirely valid, imports it. */
export async function importFromText(db: CareerTalkDB, text: string): Promise<ImportResult> {
  const checked = checkImportText(text);
  if (!checked.ok) return checked;
  try {
    return await importExportFile(db, checked.file);
  } catch (error) {
    return { ok: false, errors: [msg('importStorageFailed', describeStorageError(error))] };
  }
}

/** Reads a picked file (rejecting a huge one before loading it) and imports it. */
export async function importFromFile(db: CareerTalkDB, file: Blob): Promise<ImportResult> {
  const read = await readImportFile(file);
  if (!read.ok) return read;
  return importFromText(db, read.text);
}
