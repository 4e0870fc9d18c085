import { createPortal } from 'preact/compat';
import type { Plan } from '@/lib/plan/types';
import { meetingStart } from '@/lib/plan/deadlines';
import { t, uiLanguage, type MessageKey } from '@/lib/i18n';
import { agendaWithoutLeftOut, goalInEmail } from '@/lib/plan/agenda-proposal';
import { emailLanguageOf } from '@/lib/templates/render';
import './print-sheet.css';

/** The questions of the guide, as the planner's Meeting stage asks them. */
const QUESTIONS: [MessageKey, MessageKey][] = [
  ['stageMeetingAspirations', 'stageMeetingAspirationsHelp'],
  ['stageMeetingStrengths', 'stageMeetingStrengthsHelp'],
  ['stageMeetingGrowth', 'stageMeetingGrowthHelp'],
  ['stageMeetingOpportunities', 'stageMeetingOpportunitiesHelp'],
];

/** Space for what the manager says, written by hand in the room. */
const MANAGER_VIEW: MessageKey[] = ['printSheetStrengths', 'printSheetGrowth', 'printSheetOpportunities', 'printSheetTakeaways'];

/**
 * Ruled lines per box: fewer as the plan's own text grows, so the sheet stays
 * within two pages (the e2e test prints a big plan and counts the pages).
 */
export function ruledLines(plan: Pick<Plan, 'agenda' | 'goals'>): number {
  const size = plan.agenda.filter((a) => a.text.trim()).length + plan.goals.filter((g) => (g.text + g.request).trim()).length;
  return size > 16 ? 3 : size > 8 ? 4 : 5;
}

/** The printed sheet itself: rendered into <body> and shown only by `@media print`. */
export function MeetingSheet({ plan }: { plan: Plan }) {
  const manager = plan.managerName.trim() || t('stageMeetingYourManager');
  const me = plan.myName.trim();
  const start = meetingStart(plan);
  const when = start
    ? start.toLocaleString(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' })
    : t('printSheetNoDate');
  // What the Agenda email leaves out (pay, promotion, rating talk; vague goals, unless kept) stays off the sheet too.
  const lang = emailLanguageOf(plan, { defaultLanguage: uiLanguage() });
  const choices = plan.emailChoices?.agenda;
  const agenda = agendaWithoutLeftOut(plan.agenda, plan.goals, choices, lang).filter((a) => a.text.trim());
  const goals = plan.goals.filter((g) => (g.text + g.request).trim() && goalInEmail(g, choices, lang));
  const lines = ruledLines(plan);
  return (
    <article class="print-sheet" aria-hidden="true">
      <header>
        <h1>{t('printSheetTitle')}</h1>
        <p class="print-meta">{t('printSheetMeta', me || t('printSheetMe'), manager, when, plan.meetingMinutes || 30)}</p>
      </header>
      <section>
        <h2>{t('stageMeetingOpenTitle')}</h2>
        <p>{t('stageMeetingOpenText', manager)}</p>
      </section>
      <section>
        <h2>{t('stageMeetingYourAgenda')}</h2>
        {agenda.length ? (
          <ol>
            {agenda.map((a) => (
              <li key={a.id}>{a.text.trim()}</li>
            ))}
          </ol>
        ) : (
          <p>{t('printSheetNoAgenda')}</p>
        )}
      </section>
      <section>
        <h2>{t('printSheetQuestions')}</h2>
        <ul>
          {QUESTIONS.map(([title, question]) => (
            <li key={title}>
              <strong>{t(title)}.</strong> {t(question)}
            </li>
          ))}
        </ul>
      </section>
      {goals.length > 0 && (
        <section>
          <h2>{t('printSheetGoals')}</h2>
          <ul>
            {goals.map((g) => (
              <li key={g.id}>
                {g.text.trim() && g.request.trim() ? (
                  <>
                    <strong>{g.request.trim()}</strong> ({g.text.trim()})
                  </>
                ) : (
                  g.request.trim() || g.text.trim()
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section class="print-manager-view">
        <h2>{t('printSheetManagerView', manager)}</h2>
        <div class="print-boxes">
          {MANAGER_VIEW.map((key) => (
            <div class="print-box" key={key}>
              <h3>{t(key)}</h3>
              {Array.from({ length: lines }, (_, i) => (
                <div class="print-rule" key={i} />
              ))}
            </div>
          ))}
        </div>
      </section>
      <footer>
        <p>{t('printSheetClose')}</p>
      </footer>
    </article>
  );
}

/** "Print meeting sheet" on the Meeting stage: the browser's print dialog, with the sheet as the only content. */
export function PrintMeetingSheet({ plan }: { plan: Plan }) {
  return (
    <div class="card print-sheet-card">
      <h3>{t('printSheetCardTitle')}</h3>
      <p class="help">{t('printSheetHelp')}</p>
      <button type="button" onClick={() => window.print()}>
        {t('printSheetButton')}
      </button>
      {createPortal(<MeetingSheet plan={plan} />, document.body)}
    </div>
  );
}
