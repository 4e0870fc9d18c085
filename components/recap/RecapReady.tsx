import { useState } from 'preact/hooks';
import type { StageProps } from '@/components/planner/stage-props';
import { useLiveQuery } from '@/components/hooks/useLiveQuery';
import { useSettledValueAfterPaint } from '@/components/hooks/useSettledValue';
import { WINDOW_FROM } from '@/components/common/useWindowedRange';
import { ErrorText } from '@/components/common/ErrorText';
import { allTemplates } from '@/lib/db/templates';
import { t } from '@/lib/i18n';
import { BUILTIN_TEMPLATES, renderTemplate, type TemplateDef } from '@/lib/templates';
import { choicesFor } from '@/lib/db/email-choices';
import { reviewRendered } from '@/lib/email-review';
import { emailLanguageOf } from '@/lib/templates/render';
import { templateName } from '@/lib/template-names';
import { EmailReview } from '@/components/review/EmailReview';
import type { Finding } from '@/lib/templates/review';
import './recap-ready.css';

/**
 * The thank-you recap as it would be inserted now, from the plan and its action items:
 * after meeting mode ends, the Recap stage opens on this, ready to send.
 */
export function RecapReady({ db, plan, actionItems }: StageProps) {
  const list = useLiveQuery(() => allTemplates(db), [db]);
  const templates: TemplateDef[] = list.status === 'ready' ? list.value : BUILTIN_TEMPLATES;
  const template = templates.find((x) => x.id === 'recap') ?? BUILTIN_TEMPLATES.find((x) => x.id === 'recap')!;
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  const render = (): { email?: { subject: string; text: string }; findings: Finding[]; error: string } => {
    try {
      // The recap as the review left it (a date to agree, a finding kept as is), with the review shown.
      const choices = choicesFor(plan, template.id);
      const email = renderTemplate(template, plan, actionItems, { locale: navigator.language, choices });
      const findings = reviewRendered(email, plan, actionItems, choices, emailLanguageOf(plan, { locale: navigator.language }));
      return { email, findings, error: '' };
    } catch (e) {
      return { findings: [], error: e instanceof Error ? e.message : String(e) };
    }
  };
  // Rendering and reviewing over a long list of action items costs milliseconds: a keystroke in
  // the plan's fields does not wait for it; the preview follows once typing pauses.
  // With a long list (2,000 action items: tens of milliseconds), the first one too waits for
  // the page's first paint; until then the preview's box holds its place.
  const settled = useSettledValueAfterPaint(render, [template, plan, actionItems], 120, actionItems.length > WINDOW_FROM);
  const { email, findings, error } = settled ?? { findings: [], error: '' };
  const pending = !settled;
  const hasSteps = actionItems.some((a) => a.text.trim());
  const copy = async () => {
    // What is copied is rendered now, never a preview a keystroke behind.
    const { email } = render();
    if (!email) return;
    try {
      await navigator.clipboard.writeText(`${email.subject}\n\n${email.text}`);
      setStatus({ ok: true, text: t('recapReadyCopied', plan.managerName.trim() || t('stageMeetingYourManager')) });
    } catch {
      setStatus({ ok: false, text: t('recapReadyCopyFailed') });
    }
  };
  return (
    <section class="card recap-ready" aria-labelledby="recap-ready-title">
      <h3 id="recap-ready-title">{t('recapReadyTitle')}</h3>
      {/*
        The review (only when it found something) and the button come first: on a small screen they are in
        view at once, the explanation and the email itself below them.
      */}
      {email && <EmailReview db={db} planId={plan.id} templateId={template.id} findings={findings} emailName={templateName(template)} />}
      {/* Copy renders the email itself: it works before the preview is there. */}
      {(email || pending) && (
        <button type="button" class="primary" onClick={() => void copy()}>
          {t('recapReadyCopy')}
        </button>
      )}
      {status && (
        <p class={status.ok ? 'ok' : 'error'} role={status.ok ? 'status' : 'alert'}>
          {status.text}
        </p>
      )}
      <p class="help">{t('recapReadyHelp')}</p>
      {!hasSteps && <p class="help">{t('recapReadyNoSteps')}</p>}
      <ErrorText message={error} />
      {pending && <div class="recap-ready-email recap-ready-pending" aria-busy="true" />}
      {email && (
        <div class="recap-ready-email" role="document" aria-label={t('recapReadyPreview')} tabIndex={0}>
          <p class="recap-ready-subject">{email.subject}</p>
          <pre>{email.text}</pre>
        </div>
      )}
    </section>
  );
}
