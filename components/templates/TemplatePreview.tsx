import type { ActionItem, Plan } from '@/lib/plan/types';
import { templateErrorText } from '@/lib/template-errors';
import { GuidanceNotes } from '@/components/guidance/GuidanceNotes';
import { renderTemplate, type RenderedEmail } from '@/lib/templates';
import { t } from '@/lib/i18n';
import { useSettledValue } from '@/components/hooks/useSettledValue';

export interface TemplatePreviewProps {
  source: { subject: string; body: string };
  plan: Plan;
  actionItems: ActionItem[];
  /** Shown above the preview when it is not of the text being typed (a syntax error). */
  note?: string;
}

/** Renders safely: a template that fails (it should not, it was validated) shows the reason instead. */
export function renderForPreview(source: { subject: string; body: string }, plan: Plan, actionItems: ActionItem[]): RenderedEmail | string {
  try {
    return renderTemplate(source, plan, actionItems, { locale: navigator.language });
  } catch (e) {
    return templateErrorText(e);
  }
}

/**
 * The email as it would be inserted for the active plan: subject, body, the fields
 * still missing from the plan, and the framing check on the rendered text. The
 * body HTML is the renderer's own output, in which every character of plan and
 * template text is escaped, so it is safe to set as HTML.
 */
export function TemplatePreview(props: TemplatePreviewProps) {
  const { subject, body } = props.source;
  // Follows the text once typing pauses: a keystroke does not wait for the email to be rendered.
  const r = useSettledValue(() => renderForPreview({ subject, body }, props.plan, props.actionItems), [subject, body, props.plan, props.actionItems], 150);
  if (typeof r === 'string') return <p class="error" role="alert">{r}</p>;
  return (
    <div class="template-preview-wrap">
      <h3 id="template-preview-title">{t('templatesPreviewTitle')}</h3>
      {props.note && <p class="help">{props.note}</p>}
      {r.missing.length > 0 ? (
        <p class="warning template-missing" data-testid="template-missing">
          <strong>{t('templatesMissingLabel')}</strong> {t('templatesMissingList', r.missing.join(', '))}
        </p>
      ) : (
        <p class="ok template-missing" data-testid="template-missing">
          {t('templatesNothingMissing')}
        </p>
      )}
      {/* The framing check runs on the rendered draft: plan text (a goal about salary) can bring it in too. */}
      <div data-testid="template-framing">
        <GuidanceNotes text={`${r.subject}\n${r.text}`} kind="draft" plan={props.plan} />
      </div>
      <section class="template-preview" aria-labelledby="template-preview-title" data-testid="template-preview">
        <p class="template-preview-subject">
          <span class="template-preview-label">{t('templatesPreviewSubject')}</span> <span data-testid="template-preview-subject">{r.subject}</span>
        </p>
        {/* Safe: renderTemplate escapes every plan and template character; only its own <p>, <br>, <ul>, <li> are markup. */}
        <div class="template-preview-body" data-testid="template-preview-body" dangerouslySetInnerHTML={{ __html: r.html }} />
      </section>
      <details class="template-preview-text">
        <summary>{t('templatesPlainText')}</summary>
        <pre>{r.text}</pre>
      </details>
    </div>
  );
}
