import { createPlan } from '@/lib/db/plans';
import type { CareerTalkDB } from '@/lib/db/schema';
import { useStorageAction } from '@/components/common/useStorageAction';
import { tNodes } from '@/components/common/i18n-nodes';
import { t } from '@/lib/i18n';
import { ErrorText } from '@/components/common/ErrorText';
import { focusElement, whenReady } from '@/components/common/focus';
import { openPlanDetails } from './plan-details-state';

/** The element when it is on screen (not inside a collapsed or hidden part). */
const shown = (el: HTMLElement | null) => (el?.offsetParent ? el : null);

/** What a first-time visitor sees: what the planner is for, and one button to begin. */
export function Welcome({ db }: { db: CareerTalkDB }) {
  const [run, error] = useStorageAction();
  // The new plan opens on its Plan details, the person's name first (the button itself is gone then).
  const start = async () => {
    if (!(await run(() => createPlan(db)))) return;
    openPlanDetails();
    focusElement(await whenReady(() => shown(document.getElementById('plan-myName'))));
  };
  return (
    <section class="card welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">{t('plannerWelcomeTitle')}</h2>
      <p>{t('plannerWelcomeIntro')}</p>
      <p>{t('plannerWelcomePrivacy')}</p>
      <button type="button" class="primary" onClick={start}>
        {t('plannerStartMyPlan')}
      </button>
      <p class="help">{tNodes('plannerWelcomeOtherBrowser', <a href="#data">{t('plannerRouteData')}</a>)}</p>
      <ErrorText message={error} />
    </section>
  );
}
