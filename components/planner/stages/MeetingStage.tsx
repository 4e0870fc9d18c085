import { MeetingLinks } from '@/components/meeting/MeetingLinks';
import { SavingField } from '@/components/common/SavingField';
import { meetingStart } from '@/lib/plan/deadlines';
import type { MeetingNotes } from '@/lib/plan/types';
import type { StageProps } from '../stage-props';
import { TextListEditor } from '../TextListEditor';
import { AGENDA_SECTIONS } from './AgendaStage';
import { StageFrame } from './StageFrame';

/** Stage 5: the sheet to keep open during the conversation. */
export function MeetingStage(props: StageProps) {
  const { db, plan } = props;
  const manager = plan.managerName.trim() || 'your manager';
  const start = meetingStart(plan);
  const note = (field: Exclude<keyof MeetingNotes, 'takeaways'>) => ({ kind: 'plan-field' as const, planId: plan.id, path: `meeting.${field}` });
  const goals = plan.goals.map((g) => (g.request || g.text).trim()).filter(Boolean);

  return (
    <StageFrame
      id="meeting"
      title="Meeting"
      intro={
        start ? (
          <p>
            Your conversation with {manager} is on{' '}
            {start.toLocaleString(undefined, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' })} (
            {plan.meetingMinutes} minutes). Keep this page open while you talk.
          </p>
        ) : (
          <p>Keep this page open while you talk. Set the meeting date in Plan details once it is agreed.</p>
        )
      }
    >
      <div class="card meeting-open">
        <h3>Open the meeting</h3>
        <p>
          Thank {manager} for making the time. Then say what this is: a conversation about your growth and the next few years. It is
          not a performance review and not a discussion about pay or promotion, so you can both speak openly.
        </p>
      </div>

      <div class="card">
        <h3>Your agenda</h3>
        {plan.agenda.length ? (
          <ol class="readonly-agenda">
            {plan.agenda.map((a) => (
              <li key={a.id}>
                <span class="section-tag">{AGENDA_SECTIONS.find((s) => s.value === a.section)?.label}</span> {a.text || '(empty item)'}
              </li>
            ))}
          </ol>
        ) : (
          <p class="list-empty">
            No agenda yet. <a href="#agenda">Build one in the Agenda stage</a>.
          </p>
        )}
        {goals.length > 0 && (
          <>
            <h4>Your requests</h4>
            <ul>
              {goals.map((g, i) => (
                <li key={i}>{g}</li>
              ))}
            </ul>
          </>
        )}
      </div>

      <div class="card">
        <h3>Questions to ask, and their answers</h3>
        <SavingField
          label="Your aspirations and their advice"
          multiline
          rows={3}
          help="Share where you want to be in a few years, then ask which skills or experiences they think you should focus on to get there."
          value={plan.meeting.notes}
          draft={note('notes')}
        />
        <SavingField
          label="Your manager’s view of your strengths"
          multiline
          rows={3}
          help="Ask which of your skills they see as strongest, and where they have seen you at your best."
          value={plan.meeting.strengthsFeedback}
          draft={note('strengthsFeedback')}
        />
        <SavingField
          label="Where your manager sees room to grow"
          multiline
          rows={3}
          help="Ask for the one area that would most increase your impact if you developed it."
          value={plan.meeting.growthFeedback}
          draft={note('growthFeedback')}
        />
        <SavingField
          label="Opportunities discussed"
          multiline
          rows={3}
          help="Ask about coming projects, stretch assignments or training where you could take on more in the area you care about."
          value={plan.meeting.opportunities}
          draft={note('opportunities')}
        />
      </div>

      <div class="card">
        <TextListEditor
          db={db}
          planId={plan.id}
          path="meeting.takeaways"
          items={plan.meeting.takeaways}
          title="Takeaways"
          itemName="takeaway"
          help="Before you finish, sum up what you heard and agree on next steps: who does what, by when. Add those as action items in Recap."
          empty="No takeaways yet."
        />
      </div>
      <MeetingLinks {...props} />
    </StageFrame>
  );
}
