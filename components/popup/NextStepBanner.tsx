import type { ActionItem, Plan } from '@/lib/plan/types';
import { nextStep } from '@/lib/plan/progress';
import { t } from '@/lib/i18n';

interface Props {
  plan: Plan;
  actionItems: ActionItem[];
  onOpen: (stage: string) => void;
}

export function NextStepBanner({ plan, actionItems, onOpen }: Props) {
  const step = nextStep(plan, actionItems);
  return (
    <p class={`next-step${step.urgent ? ' urgent' : ''}`}>
      <strong>{t('popupNext')}</strong> {t(step.key, ...step.subs)}.{' '}
      <button class="link" onClick={() => onOpen(step.stage)}>
        {t('popupGoThere')}
      </button>
    </p>
  );
}
