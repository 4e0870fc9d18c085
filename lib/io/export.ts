/**
 * Export of the whole database, or of one plan, as a versioned JSON file
 * (see export-format.ts). Reads in one transaction so the file is a consistent
 * snapshot even while the popup is saving.
 */
import Dexie from 'dexie';
import type { CareerTalkDB } from '../db/schema';
import type { Id, Plan } from '../plan/types';
import { planLabel } from '../plan/factory';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from './export-format';
import { planToMarkdown } from './markdown';

export { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from './export-format';

/** Every plan with its action items, and every user template. */
export async function exportAll(db: CareerTalkDB, now: Date = new Date()): Promise<ExportFile> {
  return db.transaction('r', db.plans, db.actionItems, db.templates, async () => ({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    plans: await db.plans.orderBy('updatedAt').toArray(),
    actionItems: await db.actionItems.orderBy('[planId+order]').toArray(),
    templates: await db.templates.orderBy('name').toArray(),
  }));
}

/** One plan and its action items (templates are not part of a plan). */
export async function exportPlan(db: CareerTalkDB, planId: Id, now: Date = new Date()): Promise<ExportFile> {
  return db.transaction('r', db.plans, db.actionItems, async () => {
    const plan = await db.plans.get(planId);
    if (!plan) throw new Error('This plan no longer exists, so it cannot be exported.');
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: now.toISOString(),
      plans: [plan],
      actionItems: await db.actionItems.where('[planId+order]').between([planId, Dexie.minKey], [planId, Dexie.maxKey]).toArray(),
      templates: [],
    };
  });
}

/**
 * Pretty-printed by default so a person can read (and diff) the file. A whole-database
 * backup is written compact: indentation adds about a third to its size, and large
 * backups must stay under the import size limit (1,000 full plans with 20,000 action
 * items are about 9.6 MB pretty-printed, 6.6 MB compact).
 */
export function serializeExport(file: ExportFile, pretty = true): string {
  return `${pretty ? JSON.stringify(file, null, 2) : JSON.stringify(file)}\n`;
}

/** A file name safe on every OS: "careertalk-acme-2025-03-14.json". */
export function exportFileName(ext: 'json' | 'md', plan?: Pick<Plan, 'title' | 'company' | 'meetingAt' | 'createdAt'>, now: Date = new Date()): string {
  const slug = plan
    ? planLabel(plan)
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 40)
    : 'all-plans';
  const day = now.toISOString().slice(0, 10);
  return `careertalk-${slug || 'plan'}-${day}.${ext}`;
}

/** One plan as a Markdown document (see markdown.ts), read fresh from the database. */
export async function exportPlanMarkdown(db: CareerTalkDB, planId: Id, now: Date = new Date()): Promise<string> {
  const file = await exportPlan(db, planId, now);
  return planToMarkdown(file.plans[0], file.actionItems, now);
}
