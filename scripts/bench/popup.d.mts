import type { BenchContext } from './lib/context.mjs';
export interface PopupTimes {
  popup: number;
  planner: number;
  popupSamples: number[];
  plannerSamples: number[];
  /** The same pages with scripts off (DOMContentLoaded), measured in the same rounds. */
  bare: number;
  plannerBare: number;
  bareSamples: number[];
  plannerBareSamples: number[];
}
export declare function measurePopup(ctx: BenchContext, plans: number, runs?: number): Promise<PopupTimes>;
export declare function run(ctx: BenchContext): Promise<unknown[]>;
