/** `target`: a Playwright Worker or Page of the extension, or (Firefox) a puppeteer Page of an extension page. */
export declare function seedRecords(
  target: { evaluate: Function },
  records: { plans: object[]; actionItems?: object[]; activePlanId?: string; templates?: object[] },
  options?: { settle?: boolean },
): Promise<void>;
/** Runs the service worker's reminders rebuild (test build only) and waits for it. */
export declare function settleReminders(worker: { evaluate: Function }): Promise<void>;
export declare function readRecords(target: { evaluate: Function }, stores?: string[]): Promise<Record<string, any[]>>;
