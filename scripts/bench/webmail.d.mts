import type { BenchContext } from './lib/context.mjs';
export declare function measureMutationRatio(
  ctx: BenchContext,
  options: { withExt: Awaited<ReturnType<BenchContext['launch']>>; bare: Awaited<ReturnType<BenchContext['launch']>>; html: string; rounds?: number },
): Promise<{ timesWith: number[]; timesWithout: number[]; timesControl: number[]; pairsBare: number[]; pairsControl: number[] }>;
export declare function run(ctx: BenchContext): Promise<unknown[]>;
export declare function outlookHtml(root: string): string;
export declare function measureComposeFrames(context: import('playwright-core').BrowserContext, webmail: 'gmail' | 'outlook', root: string, samples?: number): Promise<number[]>;
