import { useState } from 'preact/hooks';
import type { CareerTalkDB } from '@/lib/db/schema';
import type { Plan } from '@/lib/plan/types';
import { calendarLink, meetingEvent, type CalendarTarget } from '@/lib/io/calendar-links';
import { inviteCutNote } from '@/lib/io/ics';
import { getComposeTarget } from '@/lib/db/compose-choice';
import { t, tm } from '@/lib/i18n';
import { planForInvite } from '@/lib/plan/agenda-proposal';
import { emailLanguageOf } from '@/lib/templates/render';

type Status = { text: string; kind: 'ok' | 'error' | 'warning' } | undefined;

/**
 * "Add to Google Calendar" and "Add to Outlook calendar": the meeting opened as a new
 * event in the web calendar, with the agenda as its description and the manager as guest.
 * Outlook goes to the personal host when the person's webmail of choice is Outlook.com.
 */
export function CalendarLinks(props: { db: CareerTalkDB; plan: Plan }) {
  const { db, plan } = props;
  const [status, setStatus] = useState<Status>();

  const open = async (kind: 'google' | 'outlook') => {
    // The agenda as the Agenda email has it: goals it leaves out stay out of the invite too.
    // The invite is written in the same language as that email.
    const lang = emailLanguageOf(plan, { locale: navigator.language });
    const r = meetingEvent(planForInvite(plan, lang), { defaultLanguage: lang });
    if (!r.ok) {
      setStatus({ text: tm(r.error), kind: 'error' });
      return;
    }
    let target: CalendarTarget = kind;
    if (kind === 'outlook') {
      const webmail = await getComposeTarget(db, plan).catch(() => 'outlook' as const);
      if (webmail === 'outlook-personal') target = 'outlook-personal';
    }
    const link = calendarLink(target, r.event, { cutNote: inviteCutNote(lang) });
    window.open(link.url, '_blank', 'noopener');
    setStatus(link.truncated ? { text: t('calendarOpenedCut'), kind: 'warning' } : { text: t('calendarOpened'), kind: 'ok' });
  };

  return (
    <div class="calendar-links">
      <div class="meeting-links-buttons" role="group" aria-label={t('calendarGroup')}>
        <button type="button" onClick={() => void open('google')}>
          {t('calendarAddGoogle')}
        </button>
        <button type="button" onClick={() => void open('outlook')}>
          {t('calendarAddOutlook')}
        </button>
      </div>
      {status && (
        <p class={status.kind} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.text}
        </p>
      )}
    </div>
  );
}
