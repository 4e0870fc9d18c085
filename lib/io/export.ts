/**
 * The pure half of export: the versioned file (see export-format.ts) built from rows
 * passed in, its serialization and its file name. Reading the rows from the database
 * is lib/db/transfer.ts's job (lib/db is the only place that touches IndexedDB).
 */
import type { ActionItem, Plan, UserTemplate } from '../plan/types';
import { planLabel } from '../plan/factory';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from './export-format';

export { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from './export-format';

/** What an export holds, as read from the database. */
export interface ExportRows {
  plans: Plan[];
  actionItems: ActionItem[];
  templates: UserTemplate[];
}

/** The export file for rows read at `now`. */
export function buildExportFile(rows: ExportRows, now: Date = new Date()): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    plans: rows.plans,
    actionItems: rows.actionItems,
    templates: rows.templates,
  };
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
    ? planLabel(plan, '')
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
