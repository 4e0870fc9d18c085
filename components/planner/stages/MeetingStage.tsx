import { MeetingLinks } from '@/components/meeting/MeetingLinks';
import { PrintMeetingSheet } from '@/components/meeting/PrintMeetingSheet';
import { SavingField } from '@/components/common/SavingField';
import { meetingStart } from '@/lib/plan/deadlines';
import type { MeetingNotes } from '@/lib/plan/types';
import type { StageProps } from '../stage-props';
import { TextListEditor } from '../TextListEditor';
import { agendaSections } from './AgendaStage';
import { StageFrame } from './StageFrame';
import { t, type MessageKey } from '@/lib/i18n';
import { tNodes } from '@/components/common/i18n-nodes';

/** The question prompts of the meeting sheet, each with the note field it fills. */
const MEETING_QUESTIONS: [keyof Omit<MeetingNotes, 'takeaways'>, MessageKey, MessageKey][] = [
  ['notes', 'stageMeetingAspirations', 'stageMeetingAspirationsHelp'],
  ['strengthsFeedback', 'stageMeetingStrengths', 'stageMeetingStrengthsHelp'],
  ['growthFeedback', 'stageMeetingGrowth', 'stageMeetingGrowthHelp'],
  ['opportunities', 'stageMeetingOpportunities', 'stageMeetingOpportunitiesHelp'],
];

/** Stage 5: the sheet to keep open during the conversation. */
export function MeetingStage(props: StageProps) {
  const { db, plan } = props;
  const manager = plan.managerName.trim() || t('stageMeetingYourManager');
  const start = meetingStart(plan);
  const note = (field: Exclude<keyof MeetingNotes, 'takeaways'>) => ({ kind: 'plan-field' as const, planId: plan.id, path: `meeting.${field}` });
  const goals = plan.goals.map((g) => (g.request || g.text).trim()).filter(Boolean);
  const sections = agendaSections();

  return (
    <StageFrame
      id="meeting"
      title={t('stageMeetingTitle')}
      intro={
        start ? (
          <p>
            {t(
              'stageMeetingWhen',
              manager,
              start.toLocaleString(undefined, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }),
              plan.meetingMinutes,
            )}
          </p>
        ) : (
          <p>{t('stageMeetingNoDate')}</p>
        )
      }
    >
      <div class="card meeting-open">
        <h3>{t('stageMeetingOpenTitle')}</h3>
        <p>{t('stageMeetingOpenText', manager)}</p>
      </div>

      <div class="card">
        <h3>{t('stageMeetingYourAgenda')}</h3>
        {plan.agenda.length ? (
          <ol class="readonly-agenda">
            {plan.agenda.map((a) => (
              <li key={a.id}>
                <span class="section-tag">{sections.find((s) => s.value === a.section)?.label}</span> {a.text || t('stageMeetingEmptyItem')}
              </li>
            ))}
          </ol>
        ) : (
          <p class="list-empty">{tNodes('stageMeetingNoAgenda', <a href="#agenda">{t('stageMeetingBuildAgenda')}</a>)}</p>
        )}
        {goals.length > 0 && (
          <>
            <h4>{t('stageMeetingYourRequests')}</h4>
            <ul>
              {goals.map((g, i) => (
                <li key={i}>{g}</li>
              ))}
            </ul>
          </>
        )}
      </div>

      <div class="card">
        <h3>{t('stageMeetingQuestions')}</h3>
        {MEETING_QUESTIONS.map(([field, label, help]) => (
          <SavingField key={field} label={t(label)} multiline rows={3} help={t(help)} value={plan.meeting[field]} draft={note(field)} />
        ))}
      </div>

      <div class="card">
        <TextListEditor
          db={db}
          planId={plan.id}
          path="meeting.takeaways"
          items={plan.meeting.takeaways}
          title={t('stageMeetingTakeaways')}
          itemName={t('stageMeetingTakeaway')}
          help={t('stageMeetingTakeawaysHelp')}
          empty={t('stageMeetingTakeawaysEmpty')}
        />
      </div>
      <PrintMeetingSheet plan={plan} />
      <MeetingLinks {...props} />
    </StageFrame>
  );
}
