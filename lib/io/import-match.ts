import type { ActionItem, Plan, UserTemplate } from '../plan/types';

/**
 * Recognising content already in CareerTalk, so importing one's own backup adds nothing:
 * a plan or template is "the same" when everything a person wrote is the same, whatever
 * its id, timestamps of the last save, or an "(imported)" added to its name by an earlier import.
 */

/**
 * The mark a copy's name gets, in every interface language (messages.json's importImportedMark,
 * checked by a test) and the older "imported copy": a backup imported under another language
 * is recognised too, and never marked twice.
 */
export const IMPORTED_MARKS = ['imported', 'imported copy', 'importiert', 'importé', 'importado'] as const;
const IMPORTED = new RegExp(`(?:\\s+\\((?:${IMPORTED_MARKS.join('|')})\\))+(?:\\s+\\d+)?$`, 'iu');

/** "Acme (imported) (importiert)" → "Acme": the name without what earlier imports added. */
export const withoutImportedMark = (name: string) => name.trim().replace(IMPORTED, '').trim();

/** Words a copy's name is made of, in the interface language (lib/db/transfer.ts looks them up). */
export interface ImportedNaming {
  /** "imported": the copy's name becomes "Acme (imported)". */
  mark: string;
  /** Names for a copy whose own name is empty. */
  plan: string;
  template: string;
}
export const ENGLISH_NAMING: ImportedNaming = { mark: 'imported', plan: 'Plan', template: 'Template' };

/** A copy's name, marked once: "Acme" and "Acme (imported)" both become "Acme (imported)". */
export const importedName = (name: string, fallback: string, mark = ENGLISH_NAMING.mark) => `${withoutImportedMark(name) || fallback} (${mark})`;

/** Stable JSON: object keys sorted, so two equal values always give the same text. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * A plan with its action items, as content. Action item ids are replaced by their position,
 * so a copy whose items got new ids (and whose check-in progress followed them) still matches.
 * When it was created stays in: two plans that are both still empty are not the same plan.
 */
export function planFingerprint(plan: Plan, items: ActionItem[]): string {
  const ordered = items.filter((i) => i.planId === plan.id).sort((a, b) => a.order - b.order);
  const position = new Map(ordered.map((item, i) => [item.id, `#${i}`]));
  const { id: _id, updatedAt: _updated, title, checkIns, ...rest } = plan;
  return stable({
    ...rest,
    title: withoutImportedMark(title),
    checkIns: checkIns.map((c) => ({ ...c, progress: Object.fromEntries(Object.entries(c.progress).map(([k, v]) => [position.get(k) ?? k, v])) })),
    items: ordered.map(({ id: _i, planId: _p, createdAt: _c, ...item }) => item),
  });
}

export function templateFingerprint(tpl: UserTemplate): string {
  const { id: _id, updatedAt: _updated, name, ...rest } = tpl;
  return stable({ ...rest, name: withoutImportedMark(name) });
}
