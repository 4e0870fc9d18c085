/**
 * The pure half of import. Order of work:
 *   size check → safe parse (validate-json) → schema check (validate-export) → plan the
 *   rows to add (planImportRows) → one read-write transaction that only ADDS them
 *   (lib/db/transfer.ts, the only place that touches IndexedDB).
 * Existing data is never overwritten: a plan (or template) whose id is already in the
 * database is imported as a copy with new ids, and the summary says so.
 */
import { newId } from '../plan/factory';
import { remapCycle } from '../plan/cycles';
import type { ActionItem, Id, Plan, UserTemplate } from '../plan/types';
import type { ExportFile } from './export-format';
import { MAX_IMPORT_BYTES, parseImportText, tooLargeMessage } from './validate-json';
import { validateExportFile } from './validate-export';
import { ENGLISH_NAMING, importedName, planFingerprint, templateFingerprint, type ImportedNaming } from './import-match';
import { msg, type Message } from '../message';
import type { MessageKey } from '../i18n';

export interface ImportCounts {
  plans: number;
  plansCopied: number;
  actionItems: number;
  templates: number;
  templatesCopied: number;
  /** Already in CareerTalk (same content), so not added again. */
  plansSkipped?: number;
  templatesSkipped?: number;
}

/** Summary and errors are message keys (lib/message.ts): the page words them in the interface language. */
export type ImportResult =
  | { ok: true; summary: Message; counts: ImportCounts; planIds: Id[] }
  | { ok: false; errors: Message[] };

/** "1 plan" / "3 plans": one key for one, another for any other count (browser.i18n has no plural rules). */
const count = (n: number, one: MessageKey, many: MessageKey): Message => (n === 1 ? msg(one) : msg(many, n));

/** "2 plans (1 as a copy because it already existed)". */
function withCopies(counted: Message, copied: number): Message {
  if (!copied) return counted;
  return msg('importCountWithCopies', counted, copied === 1 ? msg('importCopiedOne') : msg('importCopiedMany', copied));
}

function skippedList(c: ImportCounts): Message | undefined {
  const plans = c.plansSkipped ? count(c.plansSkipped, 'importCountOnePlan', 'importCountPlans') : undefined;
  const templates = c.templatesSkipped ? count(c.templatesSkipped, 'importCountOneTemplate', 'importCountTemplates') : undefined;
  return plans && templates ? msg('importListTwo', plans, templates) : (plans ?? templates);
}

export function importSummary(c: ImportCounts): Message {
  const skipped = skippedList(c);
  if (c.plans === 0 && c.templates === 0) return skipped ? msg('importNothingNewSkipped', skipped) : msg('importNothingInFile');
  const added = [
    withCopies(count(c.plans, 'importCountOnePlan', 'importCountPlans'), c.plansCopied),
    count(c.actionItems, 'importCountOneActionItem', 'importCountActionItems'),
    withCopies(count(c.templates, 'importCountOneTemplate', 'importCountTemplates'), c.templatesCopied),
  ];
  return skipped ? msg('importSummarySkipped', ...added, skipped) : msg('importSummary', ...added);
}

/** What the database already holds that an import must not collide with. */
export interface ExistingRows {
  /** Ids of the file's plans, action items and templates that are already stored. */
  planIds: ReadonlySet<Id>;
  actionItemIds: ReadonlySet<Id>;
  templateIds: ReadonlySet<Id>;
  /** Names of every stored template. */
  templateNames: readonly string[];
  /** Content of every stored plan and template (see import-match.ts): what is already in CareerTalk. */
  planFingerprints?: ReadonlySet<string>;
  templateFingerprints?: ReadonlySet<string>;
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
 * and templates become copies with new ids (named with `naming`'s words), action item ids are renewed where needed
 * (and check-in progress follows them), template names stay unique.
 */
export function planImportRows(file: ExportFile, existing: ExistingRows, now: Date = new Date(), naming: ImportedNaming = ENGLISH_NAMING): ImportRows {
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
  const planIdMap = new Map<Id, Id>();
  const itemIdMap = new Map<Id, Id>();
  for (const source of file.plans) {
    // Already here with the same content (one's own backup, or an earlier import): skip it.
    if (existing.planFingerprints?.has(planFingerprint(source, itemsByPlan.get(source.id) ?? []))) {
      counts.plansSkipped = (counts.plansSkipped ?? 0) + 1;
      continue;
    }
    const copy = existing.planIds.has(source.id);
    const planId = copy ? newId() : source.id;
    planIdMap.set(source.id, planId);
    // Action item ids are global: renew them for a copied plan, or when one already exists elsewhere.
    const renamed = new Map<Id, Id>();
    for (const item of itemsByPlan.get(source.id) ?? []) {
      const id = copy || existing.actionItemIds.has(item.id) ? newId() : item.id;
      renamed.set(item.id, id);
      itemIdMap.set(item.id, id);
      items.push({ ...item, id, planId });
    }
    plans.push({
      ...source,
      id: planId,
      title: copy ? importedName(source.title, source.company.trim() || naming.plan, naming.mark) : source.title,
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

  // Cycle links follow renamed plans and items within the file (see lib/plan/cycles.ts).
  for (const plan of plans) if (plan.cycle) plan.cycle = remapCycle(plan.cycle, planIdMap, itemIdMap);

  // Template names are how people pick them from the menu: keep them unique.
  const takenNames = new Set(existing.templateNames.map((name) => name.trim().toLowerCase()));
  const freeName = (base: string) => {
    let name = base;
    for (let n = 2; takenNames.has(name.toLowerCase()); n++) name = `${base} ${n}`;
    takenNames.add(name.toLowerCase());
    return name;
  };
  const templates: UserTemplate[] = file.templates.flatMap((t) => {
    if (existing.templateFingerprints?.has(templateFingerprint(t))) {
      counts.templatesSkipped = (counts.templatesSkipped ?? 0) + 1;
      return [];
    }
    const copy = existing.templateIds.has(t.id);
    if (copy) counts.templatesCopied++;
    const name = takenNames.has(t.name.trim().toLowerCase()) ? freeName(importedName(t.name, naming.template, naming.mark)) : freeName(t.name.trim());
    return [copy ? { ...t, id: newId(), name, updatedAt: now.toISOString() } : { ...t, name }];
  });
  counts.templates = templates.length;
  counts.actionItems = items.length;
  return { plans, actionItems: items, templates, counts };
}

/** Parses and validates the text of an import file; nothing is written. */
export function checkImportText(text: string): { ok: true; file: ExportFile } | { ok: false; errors: Message[] } {
  const parsed = parseImportText(text);
  if (!parsed.ok) return parsed;
  const valid = validateExportFile(parsed.value);
  if (!valid.ok) return valid;
  return { ok: true, file: valid.value };
}

/** Checks the size before reading: a huge file is rejected without loading it into memory. */
export async function readImportFile(file: Blob): Promise<{ ok: true; text: string } | { ok: false; errors: Message[] }> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, errors: [tooLargeMessage(file.size)] };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, errors: [msg('importCannotRead')] };
  }
}
