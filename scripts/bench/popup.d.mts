import type { BenchContext } from './lib/context.mjs';
export declare function measurePopup(ctx: BenchContext, plans: number, runs?: number): Promise<{ popup: number; planner: number; popupSamples: number[] }>;
export declare function run(ctx: BenchContext): Promise<unknown[]>;
