// How an interaction (a key, a click) is costed, the same in every bench module:
// - main-thread work while the interactions come (handlers, rendering, saves), from Chromium's
//   own task accounting (CDP Performance.getMetrics, TaskDuration), less what the idle page runs
//   over the same time, per interaction. One frame is 16 ms: an interaction whose work fits in
//   it never holds a frame up. The work left once they stop (what waits for typing to pause) is
//   counted apart, per pause.
// - shown a frame late: Event Timing reports each interaction's time from the input to the paint
//   after it, in 8 ms steps; over 16 ms means it was shown a frame late. Even an empty page has a
//   few (an input arriving just after a frame began waits for the next one), so modules compare
//   the share with a floor page measured in the same run.

/** Installs the Event Timing observer; call before the page loads. */
export async function observeInteractions(page) {
  await page.addInitScript(() => {
    const w = window;
    w.__slowEvents = [];
    w.__longTasks = [];
    new PerformanceObserver((l) => w.__slowEvents.push(...l.getEntries().map((e) => ({ name: e.name, duration: e.duration, interactionId: e.interactionId })))).observe({ type: 'event', durationThreshold: 16, buffered: true });
    new PerformanceObserver((l) => w.__longTasks.push(...l.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });
  });
}

/** A meter for `page` (observed with observeInteractions) that adds up interactions over several runs. */
export async function interactionMeter(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskMs = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value * 1000;
  let count = 0;
  let late = 0;
  let wallMs = 0;
  let busyMs = 0;
  let idleMs = 0;
  let idleWallMs = 0;
  let afterBusyMs = 0;
  let afterWallMs = 0;
  let pauses = 0;
  const worst = [];
  return {
    /** The idle page's own task time over `ms`, the baseline taken off each measurement. */
    async idle(ms = 1000) {
      const before = await taskMs();
      const t0 = Date.now();
      await page.waitForTimeout(ms);
      idleMs += (await taskMs()) - before;
      idleWallMs += Date.now() - t0;
    },
    /**
     * Runs `act`, which performs `n` interactions whose events match `events`, then waits
     * `settleMs` for the work they scheduled; adds their cost to the totals.
     */
    async measure(n, events, act, settleMs = 300) {
      await page.evaluate(() => ((window.__slowEvents.length = 0), (window.__longTasks.length = 0)));
      const before = await taskMs();
      const t0 = Date.now();
      await act();
      const during = await taskMs();
      const t1 = Date.now();
      await page.waitForTimeout(settleMs);
      busyMs += during - before;
      wallMs += t1 - t0;
      afterBusyMs += (await taskMs()) - during;
      afterWallMs += Date.now() - t1;
      pauses++;
      count += n;
      const slow = (await page.evaluate(() => window.__slowEvents)).filter((e) => events.test(e.name));
      worst.push(Math.max(0, ...slow.map((e) => e.duration)));
      // The events of one interaction (keydown, keypress, keyup; pointerdown … click) share its id.
      late += new Set(slow.filter((e) => e.interactionId && e.duration > 16).map((e) => e.interactionId)).size;
    },
    result() {
      const idleRate = idleWallMs ? idleMs / idleWallMs : 0;
      return {
        count,
        /** Main-thread ms per interaction while they come, the idle page's own tasks over the same time taken off. */
        workPer: count ? Math.max(0, busyMs - idleRate * wallMs) / count : 0,
        /** Main-thread ms of the work left once they stop (saves, what follows the typing), per pause. */
        afterPause: pauses ? Math.max(0, afterBusyMs - idleRate * afterWallMs) / pauses : 0,
        latePercent: count ? (100 * late) / count : 0,
        /** The slowest Event Timing duration of each measure() call. */
        worst,
      };
    },
  };
}
