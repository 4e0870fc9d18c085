import { templateVariables, type TemplateVariable } from '@/lib/templates';
import { t } from '@/lib/i18n';

/** What inserting a variable adds: a tag, or for a list a whole section with one line per item. */
export function variableSnippet(v: TemplateVariable): string {
  if (v.kind === 'text') return `{{${v.name}}}`;
  const field = v.fields?.[0]?.name ?? 'text';
  return `{{#${v.name}}}\n- {{${field}}}\n{{/${v.name}}}\n`;
}

/** The documented variables, each with a button that inserts it at the caret in the body. */
export function VariableList(props: { onInsert: (snippet: string) => void; disabled?: boolean }) {
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
              aria-label={t('templatesInsertVariable', v.label === v.description ? v.name : `${v.name}: ${v.description}`)}
              onClick={() => props.onInsert(variableSnippet(v))}
            >
              <code>{v.kind === 'list' ? `{{#${v.name}}}…` : `{{${v.name}}}`}</code>
            </button>{' '}
            <span class="help-inline">{v.description}</span>
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
}
