import { createPlan } from '@/lib/db/plans';
import type { CareerTalkDB } from '@/lib/db/schema';
import { useStorageAction } from '@/components/common/useStorageAction';

/** What a first-time visitor sees: what the planner is for, and one button to begin. */
export function Welcome({ db }: { db: CareerTalkDB }) {
  const [run, error] = useStorageAction();
  return (
    <section class="card welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">Prepare your career conversation</h2>
      <p>
        A career development conversation is time with your manager about where you want to grow, not a review of the past and not a
        pay talk. This planner walks you through it step by step: look at where you are, explore paths, turn them into concrete
        requests, plan the agenda, take notes in the meeting, send the recap and check in on progress.
      </p>
      <p>Everything you write stays in this browser. Nothing is sent anywhere.</p>
      <button type="button" class="primary" onClick={() => run(() => createPlan(db))}>
        Start my plan
      </button>
      <p class="help">
        Already have a plan from another browser? Use <a href="#data">Export and import</a>.
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
