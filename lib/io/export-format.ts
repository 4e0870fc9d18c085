import type { ActionItem, IsoDateTime, Plan, UserTemplate } from '../plan/types';

/** Marks a JSON file as a CareerTalk export. */
export const EXPORT_FORMAT = 'careertalk';
/**
 * Version of the export file layout (not of the database schema). Raise it only when
 * a file written by the new code could not be read correctly by the old validator,
 * and teach the importer to read the older versions.
 */
export const EXPORT_VERSION = 1;

/** The whole export file. Reminders and settings are not exported: they are rebuilt from plans. */
export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: IsoDateTime;
  plans: Plan[];
  actionItems: ActionItem[];
  templates: UserTemplate[];
}
