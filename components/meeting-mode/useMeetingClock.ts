import { useEffect, useState } from 'preact/hooks';

interface ClockState {
  /** Seconds counted before the current run. */
  banked: number;
  /** When the current run started (ms since epoch), or null while paused. */
  since: number | null;
}

const key = (planId: string) => `careertalk:meeting-clock:${planId}`;

function load(planId: string): ClockState {
  try {
    const raw = JSON.parse(sessionStorage.getItem(key(planId)) ?? 'null') as Partial<ClockState> | null;
    if (raw && typeof raw.banked === 'number' && (raw.since === null || typeof raw.since === 'number')) return { banked: raw.banked, since: raw.since };
  } catch {
    // An unreadable saved clock starts from zero.
  }
  return { banked: 0, since: null };
}

/**
 * The meeting's stopwatch. Kept in sessionStorage, so reloading the meeting window
 * (or its tab) does not lose the time already spent; it ticks once a second while running.
 */
export function useMeetingClock(planId: string) {
  const [state, setState] = useState<ClockState>(() => load(planId));
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    sessionStorage.setItem(key(planId), JSON.stringify(state));
    if (state.since === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [planId, state]);
  const elapsed = state.banked + (state.since === null ? 0 : Math.max(0, (now - state.since) / 1000));
  return {
    elapsed,
    running: state.since !== null,
    start: () => {
      setNow(Date.now());
      setState((s) => (s.since === null ? { ...s, since: Date.now() } : s));
    },
    pause: () => setState((s) => (s.since === null ? s : { banked: s.banked + (Date.now() - s.since) / 1000, since: null })),
    reset: () => setState({ banked: 0, since: null }),
  };
}
