import { useEffect, useState } from 'preact/hooks';
import { SavingField } from '@/components/common/SavingField';
import { NumberField } from '@/components/common/NumberField';
import { updatePlanFields } from '@/lib/db/plans';
import type { CareerTalkDB } from '@/lib/db/schema';
import type { Plan } from '@/lib/plan/types';
import { t } from '@/lib/i18n';
import { managerEmailProblem } from '@/components/common/email-check';
import { EmailLanguageFields } from './EmailLanguageFields';
import { onPlanDetailsOpen, readPlanDetailsOpen, rememberPlanDetailsOpen } from './plan-details-state';
import { planSummary } from './PlanSummary';

/**
 * The facts every email and deadline needs: who, where, when. Labels match the popup's.
 * A disclosure: collapsed it is one line of the plan's key facts (and what is missing), so
 * the stage starts near the top; open or closed is remembered. The fields stay mounted
 * while collapsed (hidden), so nothing typed is dropped by closing the card.
 */
export function PlanDetails(props: { db: CareerTalkDB; plan: Plan }) {
  const { db, plan } = props;
  const [open, setOpen] = useState(readPlanDetailsOpen);
  useEffect(() => onPlanDetailsOpen(() => setOpen(true)), []);
  const toggle = () => {
    rememberPlanDetailsOpen(!open);
    setOpen(!open);
  };
  const save = (field: keyof Plan) => (value: string | number) => updatePlanFields(db, plan.id, { [field]: value });
  const draft = (path: string) => ({ kind: 'plan-field' as const, planId: plan.id, path });
  const text = (field: 'myName' | 'currentRole' | 'managerName' | 'managerEmail' | 'company', label: string, type?: 'email') => (
    <SavingField id={`plan-${field}`} label={label} value={plan[field]} type={type} draft={draft(field)} check={field === 'managerEmail' ? managerEmailProblem : undefined} />
  );
  return (
    <section class={`card plan-details${open ? ' open' : ''}`} aria-labelledby="plan-details-heading">
      <div class="plan-details-bar">
        <h2 class="card-title plan-details-title">
          <button
            type="button"
            class="plan-details-toggle"
            aria-expanded={open}
            aria-controls="plan-details-fields"
            aria-describedby={open ? undefined : 'plan-details-summary'}
            onClick={toggle}
          >
            <span class="disclosure-mark" aria-hidden="true" />
            <span id="plan-details-heading">{t('plannerPlanDetails')}</span>
          </button>
        </h2>
        {/* Outside the button (its name stays "Plan details", the summary is its description); a click here opens the card too. */}
        {!open && (
          <p id="plan-details-summary" class="plan-summary" onClick={toggle}>
            {planSummary(plan)}
          </p>
        )}
      </div>
      <div id="plan-details-fields" class="plan-details-grid" hidden={!open}>
        {text('myName', t('plannerYourName'))}
        {text('currentRole', t('plannerYourCurrentRole'))}
        {text('managerName', t('fieldManagerName'))}
        {text('managerEmail', t('fieldManagerEmail'), 'email')}
        {text('company', t('fieldCompany'))}
        <SavingField id="plan-meetingAt" label={t('fieldMeetingDate')} type="datetime-local" value={plan.meetingAt} draft={draft('meetingAt')} />
        <NumberField
          label={t('plannerMeetingLength')}
          unit={t('plannerUnitMinutes')}
          min={5}
          max={480}
          value={plan.meetingMinutes}
          save={save('meetingMinutes')}
        />
        <EmailLanguageFields db={db} plan={plan} />
      </div>
    </section>
  );
}
