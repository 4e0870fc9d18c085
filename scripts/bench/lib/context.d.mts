import type { BrowserContext, Worker } from 'playwright-core';
export declare const stats: { median(xs: number[]): number; p95(xs: number[]): number; iqr(xs: number[]): number };
export interface BenchContext {
  root: string;
  extensionDir: string;
  launch(options?: { withExtension?: boolean }): Promise<{ context: BrowserContext; worker?: Worker; extensionId?: string }>;
  stats: typeof stats;
  log(...args: unknown[]): void;
  close(): void;
}
export declare function createBenchContext(options: { root: string; extensionDir: string; chromiumPath?: string; log?: (...a: unknown[]) => void }): BenchContext;
