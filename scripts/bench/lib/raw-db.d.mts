import type { Worker } from 'playwright-core';
export declare function seedRecords(worker: Worker, records: { plans: object[]; actionItems?: object[]; activePlanId?: string }): Promise<void>;
export declare function readRecords(target: { evaluate: Function }, stores?: string[]): Promise<Record<string, any[]>>;
