import { SavingField } from '@/components/common/SavingField';
import { NumberField } from '@/components/common/NumberField';
import { updatePlanFields } from '@/lib/db/plans';
import type { CareerTalkDB } from '@/lib/db/schema';
import type { Plan } from '@/lib/plan/types';
import { t } from '@/lib/i18n';
import { EmailLanguageFields } from './EmailLanguageFields';

/** The facts every email and deadline needs: who, where, when. Labels match the popup's. */
export function PlanDetails(props: { db: CareerTalkDB; plan: Plan }) {
  const { db, plan } = props;
  const save = (field: keyof Plan) => (value: string | number) => updatePlanFields(db, plan.id, { [field]: value });
  const draft = (path: string) => ({ kind: 'plan-field' as const, planId: plan.id, path });
  const text = (field: 'myName' | 'currentRole' | 'managerName' | 'managerEmail' | 'company', label: string, type?: 'email') => (
    <SavingField id={`plan-${field}`} label={label} value={plan[field]} type={type} draft={draft(field)} />
  );
  return (
    <section class="card plan-details" aria-labelledby="plan-details-heading">
      <h2 id="plan-details-heading" class="card-title">
        {t('plannerPlanDetails')}
      </h2>
      <div class="plan-details-grid">
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
