import { useState } from 'preact/hooks';
import { uiLanguage, t } from '@/lib/i18n';
import { forLanguage } from '@/lib/templates/user-templates';
import { emailLanguageOf } from '@/lib/templates/render';
import { templateErrorText } from '@/lib/template-errors';
import { templateName } from '@/lib/template-names';
import type { StageProps } from '@/components/planner/stage-props';
import { useLiveQuery } from '@/components/hooks/useLiveQuery';
import { useSettledValue } from '@/components/hooks/useSettledValue';
import { describeStorageError } from '@/lib/db/errors';
import { recordEmail } from '@/lib/db/plans';
import { draftRecord } from '@/lib/plan/emails';
import { allTemplates } from '@/lib/db/templates';
import { BUILTIN_TEMPLATES, renderTemplate, type TemplateDef } from '@/lib/templates';
import { choicesFor } from '@/lib/db/email-choices';
import { reviewRendered } from '@/lib/email-review';
import { EmailReview } from '@/components/review/EmailReview';
import '@/components/templates/templates.css';

/**
 * Puts an email on the clipboard as both HTML (a rich paste in webmail keeps the
 * lists) and plain text (a paste anywhere else). Falls back to plain text where
 * ClipboardItem is unavailable.
 */
export async function copyEmail(html: string, text: string): Promise<void> {
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
      return;
    } catch {
      // Some browsers refuse HTML on the clipboard: plain text is better than nothing.
    }
  }
  await navigator.clipboard.writeText(text);
}

/** The popup's list of templates, each with a Copy button and what the plan still lacks for it. */
export function CopyTemplates(props: StageProps) {
  const { db, plan, actionItems } = props;
  const list = useLiveQuery(() => allTemplates(db), [db]);
  const [status, setStatus] = useState<{ id: string; text: string; error?: boolean } | undefined>();
  const templates: TemplateDef[] = forLanguage(list.status === 'ready' ? list.value : BUILTIN_TEMPLATES, emailLanguageOf(plan, { defaultLanguage: uiLanguage() }));

  // Each template rendered and reviewed over every action item (2,000 in a big plan) costs
  // milliseconds: a keystroke in the popup's fields does not wait for it; the list follows once
  // typing pauses. Copy renders afresh, so what is copied is never a keystroke behind.
  const rendered = useSettledValue(
    () =>
      templates.map((tpl) => {
        try {
          const choices = choicesFor(plan, tpl.id);
          const r = renderTemplate(tpl, plan, actionItems, { locale: navigator.language, choices });
          return { tpl, r, findings: reviewRendered(r, plan, actionItems, choices, emailLanguageOf(plan, { locale: navigator.language })), error: undefined };
        } catch (e) {
          return { tpl, r: undefined, findings: undefined, error: templateErrorText(e) };
        }
      }),
    [list, plan, actionItems],
    120,
  );

  const copy = async (tpl: TemplateDef) => {
    try {
      const r = renderTemplate(tpl, plan, actionItems, { locale: navigator.language, choices: choicesFor(plan, tpl.id) });
      await copyEmail(r.html, r.text);
      setStatus({ id: tpl.id, text: t('copyDone') });
    } catch (e) {
      setStatus({ id: tpl.id, text: t('copyFailed', templateErrorText(e)), error: true });
      return;
    }
    if (tpl.kind) {
      try {
        await recordEmail(db, plan.id, draftRecord(tpl.kind, tpl.id, 'clipboard'));
      } catch (e) {
        setStatus({ id: tpl.id, text: t('copyNotRecorded', describeStorageError(e)), error: true });
      }
    }
  };

  return (
    <section class="copy-templates-section" aria-labelledby="copy-templates-title">
      <h2 id="copy-templates-title">{t('copyTitle')}</h2>
      <ul class="copy-templates">
        {rendered.map(({ tpl, r, findings, error }) => (
          <li key={tpl.id}>
            <span class="copy-name" id={`copy-name-${tpl.id}`}>
              {templateName(tpl)}
            </span>
            <button type="button" aria-label={t('copyButtonLabel', templateName(tpl))} disabled={!!error} onClick={() => copy(tpl)}>
              {t('copyButton')}
            </button>
            {/* Always present, so screen readers announce "Copied" when it appears. */}
            <span class={status?.id === tpl.id ? (status.error ? 'error' : 'ok') : undefined} role="status" data-template-id={tpl.id}>
              {status?.id === tpl.id ? status.text : ''}
            </span>
            {error ? (
              <p class="copy-missing">{error}</p>
            ) : (
              <EmailReview db={db} planId={plan.id} templateId={tpl.id} findings={findings!} emailName={tpl.name} />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
