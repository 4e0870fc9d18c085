import { useState } from 'preact/hooks';
import type { StageProps } from '@/components/planner/stage-props';
import { useLiveQuery } from '@/components/hooks/useLiveQuery';
import { describeStorageError } from '@/lib/db/errors';
import { recordEmailSent } from '@/lib/db/plans';
import { allTemplates, BUILTIN_TEMPLATES, renderTemplate, type TemplateDef } from '@/lib/templates';
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
  const templates: TemplateDef[] = list.status === 'ready' ? list.value : BUILTIN_TEMPLATES;

  const rendered = templates.map((t) => {
    try {
      return { t, r: renderTemplate(t, plan, actionItems, { locale: navigator.language }) };
    } catch (e) {
      return { t, error: e instanceof Error ? e.message : String(e) };
    }
  });

  const copy = async (t: TemplateDef) => {
    try {
      const r = renderTemplate(t, plan, actionItems, { locale: navigator.language });
      await copyEmail(r.html, r.text);
      setStatus({ id: t.id, text: 'Copied' });
    } catch (e) {
      setStatus({ id: t.id, text: `Could not copy: ${e instanceof Error ? e.message : String(e)}`, error: true });
      return;
    }
    if (t.kind) {
      try {
        await recordEmailSent(db, plan.id, { kind: t.kind, templateId: t.id, at: new Date().toISOString(), via: 'clipboard' });
      } catch (e) {
        setStatus({ id: t.id, text: `Copied, but not recorded in your plan: ${describeStorageError(e)}`, error: true });
      }
    }
  };

  return (
    <section class="copy-templates-section" aria-labelledby="copy-templates-title">
      <h2 id="copy-templates-title">Copy an email</h2>
      <ul class="copy-templates">
        {rendered.map(({ t, r, error }) => (
          <li key={t.id}>
            <span class="copy-name" id={`copy-name-${t.id}`}>
              {t.name}
            </span>
            <button type="button" aria-label={`Copy ${t.name}`} disabled={!!error} onClick={() => copy(t)}>
              Copy
            </button>
            {/* Always present, so screen readers announce "Copied" when it appears. */}
            <span class={status?.id === t.id ? (status.error ? 'error' : 'ok') : undefined} role="status" data-template-id={t.id}>
              {status?.id === t.id ? status.text : ''}
            </span>
            {error ? (
              <p class="copy-missing">{error}</p>
            ) : (
              r!.missing.length > 0 && <p class="copy-missing">Missing: {r!.missing.join(', ')}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
