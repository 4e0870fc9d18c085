/**
 * The pure half of import. Order of work:
 *   size check → safe parse (validate-json) → schema check (validate-export) → plan the
 *   rows to add (planImportRows) → one read-write transaction that only ADDS them
 *   (lib/db/transfer.ts, the only place that touches IndexedDB).
 * Existing data is never overwritten: a plan (or template) whose id is already in the
 * database is imported as a copy with new ids, and the summary says so.
 */
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

/** What the database already holds that an import must not collide with. */
export interface ExistingRows {
  /** Ids of the file's plans, action items and templates that are already stored. */
  planIds: ReadonlySet<Id>;
  actionItemIds: ReadonlySet<Id>;
  templateIds: ReadonlySet<Id>;
  /** Names of every stored template. */
  templateNames: readonly string[];
}

/** The rows an import adds, and how to describe them. */
export interface ImportRows {
  plans: Plan[];
  actionItems: ActionItem[];
  templates: UserTemplate[];
  counts: ImportCounts;
}

/** The ids an import file uses, for looking up which of them already exist. */
export function importFileIds(file: ExportFile): { planIds: Id[]; actionItemIds: Id[]; templateIds: Id[] } {
  return {
    planIds: file.plans.map((p) => p.id),
    actionItemIds: file.actionItems.map((i) => i.id),
    templateIds: file.templates.map((t) => t.id),
  };
}

/**
 * The rows to add for a validated file, given what already exists: colliding plans
 * and templates become copies with new ids, action item ids are renewed where needed
 * (and check-in progress follows them), template names stay unique.
 */
export function planImportRows(file: ExportFile, existing: ExistingRows, now: Date = new Date()): ImportRows {
  const counts: ImportCounts = { plans: 0, plansCopied: 0, actionItems: 0, templates: 0, templatesCopied: 0 };
  // Linear: each item is pushed onto its plan's list once (no copy of the list per item).
  const itemsByPlan = new Map<Id, ActionItem[]>();
  for (const item of file.actionItems) {
    const list = itemsByPlan.get(item.planId);
    if (list) list.push(item);
    else itemsByPlan.set(item.planId, [item]);
  }

  const plans: Plan[] = [];
  const items: ActionItem[] = [];
  for (const source of file.plans) {
    const copy = existing.planIds.has(source.id);
    const planId = copy ? newId() : source.id;
    // Action item ids are global: renew them for a copied plan, or when one already exists elsewhere.
    const renamed = new Map<Id, Id>();
    for (const item of itemsByPlan.get(source.id) ?? []) {
      const id = copy || existing.actionItemIds.has(item.id) ? newId() : item.id;
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
  const takenNames = new Set(existing.templateNames.map((name) => name.trim().toLowerCase()));
  const freeName = (base: string) => {
    let name = base;
    for (let n = 2; takenNames.has(name.toLowerCase()); n++) name = `${base} ${n}`;
    takenNames.add(name.toLowerCase());
    return name;
  };
  const templates: UserTemplate[] = file.templates.map((t) => {
    const copy = existing.templateIds.has(t.id);
    if (copy) counts.templatesCopied++;
    const name = takenNames.has(t.name.trim().toLowerCase()) ? freeName(`${t.name.trim()} (imported)`) : freeName(t.name.trim());
    return copy ? { ...t, id: newId(), name, updatedAt: now.toISOString() } : { ...t, name };
  });
  counts.templates = templates.length;
  counts.actionItems = items.length;
  return { plans, actionItems: items, templates, counts };
}

/** Parses and validates the text of an import file; nothing is written. */
export function checkImportText(text: string): { ok: true; file: ExportFile } | { ok: false; errors: string[] } {
  const parsed = parseImportText(text);
  if (!parsed.ok) return parsed;
  const valid = validateExportFile(parsed.value);
  if (!valid.ok) return valid;
  return { ok: true, file: valid.value };
}

/** Checks the size before reading: a huge file is rejected without loading it into memory. */
export async function readImportFile(file: Blob): Promise<{ ok: true; text: string } | { ok: false; errors: string[] }> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, errors: [tooLargeMessage(file.size)] };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, errors: ['The file could not be read. Choose it again, or check that it is not open in another program.'] };
  }
}
