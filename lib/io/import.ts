/**
 * Import of a CareerTalk export file. Order of work:
 *   size check → safe parse (validate-json) → schema check (validate-export) → one
 *   read-write transaction that only ADDS rows.
 * Nothing is written unless every check passed, and the transaction either adds
 * everything or nothing. Existing data is never overwritten: a plan (or template)
 * whose id is already in the database is imported as a copy with new ids, and the
 * summary says so.
 */
import type { CareerTalkDB } from '../db/schema';
import { describeStorageError } from '../db/errors';
import { ACTIVE_PLAN_KEY } from '../db/plans';
import { newId } from '../plan/factory';
import type { ActionItem, Id, Plan, UserTemplate } from '../plan/types';
import type { ExportFile } from './export-format';
import { MAX_IMPORT_BYTES, parseImportText, tooLargeMessage } from './validate-json';
import { validateExportFile } from './validate-export';

export interface ImportCounts {
  plans: number;
  plansCopied: number;
  actionItems: number;
  templates: number;
  templatesCopied: number;
}

export type ImportResult =
  | { ok: true; summary: string; counts: ImportCounts; planIds: Id[] }
  | { ok: false; errors: string[] };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function importSummary(c: ImportCounts): string {
  if (c.plans === 0 && c.templates === 0) return 'The file holds no plans or templates, so nothing was imported.';
  const parts: string[] = [];
  parts.push(
    plural(c.plans, 'plan') +
      (c.plansCopied ? ` (${c.plansCopied} as a copy because ${c.plansCopied === 1 ? 'it' : 'they'} already existed)` : ''),
  );
  parts.push(plural(c.actionItems, 'action item'));
  parts.push(
    plural(c.templates, 'template') +
      (c.templatesCopied ? ` (${c.templatesCopied} as a copy because ${c.templatesCopied === 1 ? 'it' : 'they'} already existed)` : ''),
  );
  return `Imported ${parts.join(', ')}.`;
}

/**
 * Writes a validated file. Runs in one transaction; uses add (never put), so a
 * collision that slipped past the id checks aborts the whole import instead of
 * overwriting anything.
 */
export async function importExportFile(db: CareerTalkDB, file: ExportFile, now: Date = new Date()): Promise<Extract<ImportResult, { ok: true }>> {
  return db.transaction('rw', [db.plans, db.actionItems, db.templates, db.settings], async () => {
    const counts: ImportCounts = { plans: 0, plansCopied: 0, actionItems: 0, templates: 0, templatesCopied: 0 };
    const itemsByPlan = new Map<Id, ActionItem[]>();
    for (const item of file.actionItems) itemsByPlan.set(item.planId, [...(itemsByPlan.get(item.planId) ?? []), item]);

    const existingPlans = new Set(await db.plans.where('id').anyOf(file.plans.map((p) => p.id)).primaryKeys());
    const existingItems = new Set(await db.actionItems.where('id').anyOf(file.actionItems.map((i) => i.id)).primaryKeys());
    const existingTemplates = new Set(await db.templates.where('id').anyOf(file.templates.map((t) => t.id)).primaryKeys());

    const plans: Plan[] = [];
    const items: ActionItem[] = [];
    for (const source of file.plans) {
      const copy = existingPlans.has(source.id);
      const planId = copy ? newId() : source.id;
      // Action item ids are global: renew them for a copied plan, or when one already exists elsewhere.
      const renamed = new Map<Id, Id>();
      for (const item of itemsByPlan.get(source.id) ?? []) {
        const id = copy || existingItems.has(item.id) ? newId() : item.id;
        renamed.set(item.id, id);
        items.push({ ...item, id, planId });
      }
      plans.push({
        ...source,
        id: planId,
        title: copy ? `${source.title.trim() || source.company.trim() || 'Plan'} (imported copy)` : source.title,
        updatedAt: copy ? now.toISOString() : source.updatedAt,
        // Check-in progress is keyed by action item id: follow the renaming.
        checkIns: source.checkIns.map((c) => ({
          ...c,
          progress: Object.fromEntries(Object.entries(c.progress).map(([k, v]) => [renamed.get(k) ?? k, v])),
        })),
      });
      counts.plans++;
      if (copy) counts.plansCopied++;
    }

    // Template names are how people pick them from the menu: keep them unique.
    const takenNames = new Set((await db.templates.toArray()).map((t) => t.name.trim().toLowerCase()));
    const freeName = (base: string) => {
      let name = base;
      for (let n = 2; takenNames.has(name.toLowerCase()); n++) name = `${base} ${n}`;
      takenNames.add(name.toLowerCase());
      return name;
    };
    const templates: UserTemplate[] = file.templates.map((t) => {
      const copy = existingTemplates.has(t.id);
      if (copy) counts.templatesCopied++;
      const name = takenNames.has(t.name.trim().toLowerCase()) ? freeName(`${t.name.trim()} (imported)`) : freeName(t.name.trim());
      return copy ? { ...t, id: newId(), name, updatedAt: now.toISOString() } : { ...t, name };
    });
    counts.templates = templates.length;
    counts.actionItems = items.length;

    await db.plans.bulkAdd(plans);
    await db.actionItems.bulkAdd(items);
    await db.templates.bulkAdd(templates);

    // A fresh profile has no active plan: make the first imported one active so it shows at once.
    const active = await db.settings.get(ACTIVE_PLAN_KEY);
    const activeExists = typeof active?.value === 'string' && (await db.plans.get(active.value)) !== undefined;
    if (!activeExists && plans.length) await db.settings.put({ key: ACTIVE_PLAN_KEY, value: plans[0].id });

    return { ok: true as const, summary: importSummary(counts), counts, planIds: plans.map((p) => p.id) };
  });
}

/** Validates the text of an import file and, only if it is entirely valid, imports it. */
export async function importFromText(db: CareerTalkDB, text: string): Promise<ImportResult> {
  const parsed = parseImportText(text);
  if (!parsed.ok) return parsed;
  const valid = validateExportFile(parsed.value);
  if (!valid.ok) return valid;
  try {
    return await importExportFile(db, valid.value);
  } catch (error) {
    return { ok: false, errors: [`Nothing was imported: ${describeStorageError(error)}`] };
  }
}

/** Checks the size before reading: a huge file is rejected without loading it into memory. */
export async function importFromFile(db: CareerTalkDB, file: Blob): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, errors: [tooLargeMessage(file.size)] };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, errors: ['The file could not be read. Choose it again, or check that it is not open in another program.'] };
  }
  return importFromText(db, text);
}
