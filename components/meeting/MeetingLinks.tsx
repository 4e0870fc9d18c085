import { managerAddress } from '@/lib/plan/email-address';
import { useState } from 'preact/hooks';
import { t, tm, uiLanguage } from '@/lib/i18n';
import { forLanguage } from '@/lib/templates/user-templates';
import { emailLanguageOf } from '@/lib/templates/render';
import { templateErrorText } from '@/lib/template-errors';
import { templateName } from '@/lib/template-names';
import type { StageProps } from '@/components/planner/stage-props';
import { useLiveQuery } from '@/components/hooks/useLiveQuery';
import { describeStorageError } from '@/lib/db/errors';
import { recordEmail } from '@/lib/db/plans';
import { draftRecord } from '@/lib/plan/emails';
import { buildMeetingIcs } from '@/lib/io/ics';
import { COMPOSE_TARGETS, composeLink, type ComposeTarget } from '@/lib/io/compose-links';
import { recapState, wasSent } from '@/lib/plan/deadlines';
import type { Plan } from '@/lib/plan/types';
import { allTemplates } from '@/lib/db/templates';
import { BUILTIN_TEMPLATES, renderTemplate, type TemplateDef } from '@/lib/templates';
import './meeting-links.css';
import { ErrorText } from '@/components/common/ErrorText';
import { setComposeTarget } from '@/lib/db/compose-choice';
import { choicesFor } from '@/lib/db/email-choices';
import { reviewRendered } from '@/lib/email-review';
import { planForInvite } from '@/lib/plan/agenda-proposal';
import { EmailReview } from '@/components/review/EmailReview';
import type { Finding } from '@/lib/templates/review';
import { AgendaReminderNote } from './AgendaReminderNote';
import { CalendarLinks } from './CalendarLinks';

type Status = { text: string; kind: 'ok' | 'error' | 'warning' } | undefined;

/** The email that fits where the person is: ask for the meeting, then the agenda, then the recap, then check-ins. */
export function suggestedTemplate(plan: Plan, now = new Date()): string {
  const recap = recapState(plan, now);
  if (recap === 'sent') return 'check-in';
  if (recap === 'due' || recap === 'overdue') return 'recap';
  if (!wasSent(plan, 'meeting-request') && !plan.meetingAt) return 'meeting-request';
  return 'agenda';
}

/** Saves a file from an extension page (no network: a local blob URL). */
function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Hands a mailto: link to the default mail app without leaving the planner. */
function openMailto(url: string): void {
  const a = document.createElement('a');
  a.href = url;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/**
 * Calendar invite and "open a draft" links for the meeting: the .ics download,
 * and a chosen email opened as a new draft in Gmail, Outlook on the web or the
 * default mail app (plain text, since compose URLs carry no formatting).
 */
export function MeetingLinks(props: StageProps) {
  const { db, plan, actionItems } = props;
  const list = useLiveQuery(() => allTemplates(db), [db]);
  const templates: TemplateDef[] = forLanguage(list.status === 'ready' ? list.value : BUILTIN_TEMPLATES, emailLanguageOf(plan, { defaultLanguage: uiLanguage() }));
  const [chosen, setChosen] = useState<string>(() => suggestedTemplate(plan));
  const [icsStatus, setIcsStatus] = useState<Status>();
  const [draftStatus, setDraftStatus] = useState<Status>();
  const template = templates.find((x) => x.id === chosen) ?? templates[0];
  const uid = `meeting-links-${plan.id}`;

  const lang = emailLanguageOf(plan, { locale: navigator.language });
  // The draft follows the choices made in this email's review, and shows the review before it opens.
  const renderChosen = () => renderTemplate(template, plan, actionItems, { locale: navigator.language, choices: choicesFor(plan, template.id) });
  let preview: { findings: Finding[]; error?: string } = { findings: [] };
  try {
    preview = { findings: reviewRendered(renderChosen(), plan, actionItems, choicesFor(plan, template.id), lang) };
  } catch (e) {
    preview = { findings: [], error: templateErrorText(e) };
  }

  const downloadIcs = () => {
    // Goals the Agenda email leaves out stay out of the invite's agenda too; the invite is in that email's language.
    const r = buildMeetingIcs(planForInvite(plan, lang), { defaultLanguage: lang });
    if (!r.ok) {
      setIcsStatus({ text: tm(r.error), kind: 'error' });
      return;
    }
    download(r.filename, r.ics, 'text/calendar;charset=utf-8');
    setIcsStatus({
      text: plan.managerEmail ? t('meetingIcsSavedInvite', r.filename, plan.managerName || plan.managerEmail) : t('meetingIcsSaved', r.filename),
      kind: 'ok',
    });
  };

  const openDraft = async (target: ComposeTarget) => {
    let email;
    try {
      email = renderChosen();
    } catch (e) {
      setDraftStatus({ text: t('meetingCannotUse', templateErrorText(e)), kind: 'error' });
      return;
    }
    // An email to someone else (the informational-interview request) never goes to the manager.
    const to = template.toManager === false ? '' : managerAddress(plan);
    const link = composeLink(target, { to, subject: email.subject, body: email.text, continuedNote: t('composeContinuedNote') });
    let message = '';
    if (link.truncated) {
      try {
        await navigator.clipboard.writeText(link.rest);
        message = t('meetingTooLongClipboard');
      } catch {
        setDraftStatus({ text: t('meetingTooLongNoClipboard'), kind: 'error' });
        return;
      }
    }
    if (target === 'mailto') openMailto(link.url);
    else window.open(link.url, '_blank', 'noopener');
    // The webmail used last is the one the agenda reminder opens its draft in.
    void setComposeTarget(db, target).catch(() => undefined);
    if (template.kind) {
      try {
        await recordEmail(db, plan.id, draftRecord(template.kind, template.id, 'link'));
      } catch (e) {
        setDraftStatus({ text: t('meetingDraftNotRecorded', describeStorageError(e)), kind: 'error' });
        return;
      }
    }
    setDraftStatus({ text: message || t('meetingDraftOpened'), kind: link.truncated ? 'warning' : 'ok' });
  };

  return (
    <section class="card meeting-links" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`}>{t('meetingTitle')}</h3>

      <div class="meeting-links-row">
        <button type="button" onClick={downloadIcs}>
          {t('meetingDownloadIcs')}
        </button>
        <p class="help">
          {plan.meetingAt
            ? t(plan.managerEmail ? 'meetingIcsHelpWithManager' : 'meetingIcsHelp', plan.meetingMinutes || 30)
            : t('meetingSetDateFirst')}
        </p>
      </div>
      {icsStatus && (
        <p class={icsStatus.kind} role={icsStatus.kind === 'error' ? 'alert' : 'status'}>
          {icsStatus.text}
        </p>
      )}
      <CalendarLinks db={db} plan={plan} />

      <div class="field">
        <label for={`${uid}-template`}>{t('meetingEmailToDraft')}</label>
        <select id={`${uid}-template`} value={template.id} onChange={(e) => setChosen((e.currentTarget as HTMLSelectElement).value)}>
          {templates.map((tpl) => (
            <option key={tpl.id} value={tpl.id}>
              {templateName(tpl)}
            </option>
          ))}
        </select>
      </div>
      <ErrorText message={preview.error} />
      {!preview.error && <EmailReview db={db} planId={plan.id} templateId={template.id} findings={preview.findings} emailName={templateName(template)} />}
      <div class="meeting-links-buttons" role="group" aria-label={t('meetingOpenDraftGroup')}>
        {COMPOSE_TARGETS.map((target) => (
          <button key={target.id} type="button" disabled={!!preview.error} onClick={() => void openDraft(target.id)}>
            {target.id === 'mailto' ? t('meetingOpenInMailApp') : t('meetingOpenIn', t(target.labelKey))}
          </button>
        ))}
      </div>
      {!plan.managerEmail.trim() && <p class="help">{t('meetingAddManagerEmail')}</p>}
      {draftStatus && (
        <p class={draftStatus.kind} role={draftStatus.kind === 'error' ? 'alert' : 'status'}>
          {draftStatus.text}
        </p>
      )}
      <AgendaReminderNote db={db} plan={plan} />
    </section>
  );
}
