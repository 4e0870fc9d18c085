import { useState } from 'preact/hooks';
import type { StageProps } from '@/components/planner/stage-props';
import { useLiveQuery } from '@/components/hooks/useLiveQuery';
import { describeStorageError } from '@/lib/db/errors';
import { recordEmailSent } from '@/lib/db/plans';
import { buildMeetingIcs } from '@/lib/io/ics';
import { COMPOSE_TARGETS, composeLink, type ComposeTarget } from '@/lib/io/compose-links';
import { recapState, wasSent } from '@/lib/plan/deadlines';
import type { Plan } from '@/lib/plan/types';
import { allTemplates, BUILTIN_TEMPLATES, renderTemplate, type TemplateDef } from '@/lib/templates';
import './meeting-links.css';

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
  const templates: TemplateDef[] = list.status === 'ready' ? list.value : BUILTIN_TEMPLATES;
  const [chosen, setChosen] = useState<string>(() => suggestedTemplate(plan));
  const [icsStatus, setIcsStatus] = useState<Status>();
  const [draftStatus, setDraftStatus] = useState<Status>();
  const template = templates.find((t) => t.id === chosen) ?? templates[0];
  const uid = `meeting-links-${plan.id}`;

  let preview: { missing: string[]; error?: string } = { missing: [] };
  try {
    preview = { missing: renderTemplate(template, plan, actionItems, { locale: navigator.language }).missing };
  } catch (e) {
    preview = { missing: [], error: e instanceof Error ? e.message : String(e) };
  }

  const downloadIcs = () => {
    const r = buildMeetingIcs(plan);
    if (!r.ok) {
      setIcsStatus({ text: r.error, kind: 'error' });
      return;
    }
    download(r.filename, r.ics, 'text/calendar;charset=utf-8');
    setIcsStatus({
      text: `Saved ${r.filename}. Open it to add the meeting to your calendar${plan.managerEmail ? ` and invite ${plan.managerName || plan.managerEmail}` : ''}.`,
      kind: 'ok',
    });
  };

  const openDraft = async (target: ComposeTarget) => {
    let email;
    try {
      email = renderTemplate(template, plan, actionItems, { locale: navigator.language });
    } catch (e) {
      setDraftStatus({ text: `This template cannot be used: ${e instanceof Error ? e.message : String(e)}`, kind: 'error' });
      return;
    }
    const link = composeLink(target, { to: plan.managerEmail, subject: email.subject, body: email.text });
    let message = '';
    if (link.truncated) {
      try {
        await navigator.clipboard.writeText(link.rest);
        message = 'The email is too long for a link, so the draft holds the first part. The rest is on your clipboard: paste it where the draft says so.';
      } catch {
        setDraftStatus({ text: 'The email is too long for a link and the clipboard is not available. Use the Copy buttons in the popup instead.', kind: 'error' });
        return;
      }
    }
    if (target === 'mailto') openMailto(link.url);
    else window.open(link.url, '_blank', 'noopener');
    if (template.kind) {
      try {
        await recordEmailSent(db, plan.id, { kind: template.kind, templateId: template.id, at: new Date().toISOString(), via: 'link' });
      } catch (e) {
        setDraftStatus({ text: `Draft opened, but not recorded in your plan: ${describeStorageError(e)}`, kind: 'error' });
        return;
      }
    }
    setDraftStatus({ text: message || 'Draft opened in a new tab. Review it, then send.', kind: link.truncated ? 'warning' : 'ok' });
  };

  return (
    <section class="card meeting-links" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`}>Calendar invite and email drafts</h3>

      <div class="meeting-links-row">
        <button type="button" onClick={downloadIcs}>
          Download calendar invite (.ics)
        </button>
        <p class="help">
          {plan.meetingAt
            ? `A ${plan.meetingMinutes || 30}-minute event named as a career development conversation, with your agenda${plan.managerEmail ? ' and your manager as attendee' : ''}.`
            : 'Set the meeting date first.'}
        </p>
      </div>
      {icsStatus && (
        <p class={icsStatus.kind} role={icsStatus.kind === 'error' ? 'alert' : 'status'}>
          {icsStatus.text}
        </p>
      )}

      <div class="field">
        <label for={`${uid}-template`}>Email to draft</label>
        <select id={`${uid}-template`} value={template.id} onChange={(e) => setChosen((e.currentTarget as HTMLSelectElement).value)}>
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      {preview.error && (
        <p class="error" role="alert">
          {preview.error}
        </p>
      )}
      {!preview.error && preview.missing.length > 0 && (
        <p class="warning">Still missing: {preview.missing.join(', ')}. The draft shows them as [placeholders] you can fill in.</p>
      )}
      <div class="meeting-links-buttons" role="group" aria-label="Open a new draft">
        {COMPOSE_TARGETS.map((t) => (
          <button key={t.id} type="button" disabled={!!preview.error} onClick={() => void openDraft(t.id)}>
            {t.id === 'mailto' ? 'Open in your mail app' : `Open in ${t.label}`}
          </button>
        ))}
      </div>
      {!plan.managerEmail.trim() && <p class="help">Add your manager's email in the plan details to fill the To field.</p>}
      {draftStatus && (
        <p class={draftStatus.kind} role={draftStatus.kind === 'error' ? 'alert' : 'status'}>
          {draftStatus.text}
        </p>
      )}
    </section>
  );
}
