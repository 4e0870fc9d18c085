/** `target`: a Playwright Worker or Page of the extension, or (Firefox) a puppeteer Page of an extension page. */
export declare function seedRecords(target: { evaluate: Function }, records: { plans: object[]; actionItems?: object[]; activePlanId?: string; templates?: object[] }): Promise<void>;
export declare function readRecords(target: { evaluate: Function }, stores?: string[]): Promise<Record<string, any[]>>;
