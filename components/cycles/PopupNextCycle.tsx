import type { Plan } from '@/lib/plan/types';
import { meetingStart } from '@/lib/plan/deadlines';
import { isFinished } from '@/lib/plan/cycles';
import { t } from '@/lib/i18n';

/**
 * The popup's way into the next cycle, shown once the meeting has taken place: it opens
 * the planner's History page, where the person picks what to carry over.
 */
export function PopupNextCycle(props: { plan: Plan; onOpen: (stage: string) => void; now?: number }) {
  const start = meetingStart(props.plan);
  if (isFinished(props.plan) || !start || start.getTime() > (props.now ?? Date.now())) return null;
  return (
    <p class="popup-next-cycle">
      <button type="button" onClick={() => props.onOpen('history')}>
        {t('cyclePopupButton')}
      </button>
    </p>
  );
}
