import { memo } from 'preact/compat';
import { templateVariables, type TemplateVariable } from '@/lib/templates';
import { t, type MessageKey } from '@/lib/i18n';

/** A variable's description in the interface language (`varDesc_<name>`); the English one for a variable not yet translated. */
function describe(v: TemplateVariable): string {
  const key = `varDesc_${v.name}`;
  const text = t(key as MessageKey);
  return text && text !== key ? text : v.description;
}

/** What inserting a variable adds: a tag, or for a list a whole section with one line per item. */
export function variableSnippet(v: TemplateVariable): string {
  if (v.kind === 'text') return `{{${v.name}}}`;
  if (v.kind === 'flag') return `{{#${v.name}}}\n\n{{/${v.name}}}\n`;
  const field = v.fields?.[0]?.name ?? 'text';
  return `{{#${v.name}}}\n- {{${field}}}\n{{/${v.name}}}\n`;
}

/** The documented variables, each with a button that inserts it at the caret in the body (re-rendered only when its props change). */
export const VariableList = memo(function VariableList(props: { onInsert: (snippet: string) => void; disabled?: boolean }) {
  return (
    <details class="template-variables">
      <summary>{t('templatesVariablesTitle')}</summary>
      <p class="help">{t('templatesVariablesHelp')}</p>
      <ul>
        {templateVariables.map((v) => (
          <li key={v.name}>
            <button
              type="button"
              class="link"
              disabled={props.disabled}
              aria-label={t('templatesInsertVariable', v.label === v.description ? v.name : `${v.name}: ${describe(v)}`)}
              onClick={() => props.onInsert(variableSnippet(v))}
            >
              <code>{v.kind !== 'text' ? `{{#${v.name}}}…` : `{{${v.name}}}`}</code>
            </button>{' '}
            <span class="help-inline">{describe(v)}</span>
            {v.fields && (
              <span class="help-inline">
                {' '}
                {t('templatesVariableFields', v.fields.map((f) => f.name).join(', '))}
              </span>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
});
