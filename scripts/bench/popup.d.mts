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
/** One PopupTimes per data set size, measured in alternating rounds (sample i of each set: the same round). */
export declare function measurePopups(ctx: BenchContext, sizes: number[], runs?: number): Promise<PopupTimes[]>;
export declare function pairedRatio(ctx: BenchContext, xs: number[], ys: number[]): number;
export declare function run(ctx: BenchContext): Promise<unknown[]>;
