import { templateVariables, type TemplateVariable } from '@/lib/templates';

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
      <summary>Variables you can insert</summary>
      <p class="help">
        Values come from your active plan. A list inserts one “- ” line per item; inside it you can use the item’s
        fields. Anything missing from the plan shows as a [placeholder].
      </p>
      <ul>
        {templateVariables.map((v) => (
          <li key={v.name}>
            <button
              type="button"
              class="link"
              disabled={props.disabled}
              aria-label={`Insert ${v.label === v.description ? v.name : `${v.name}: ${v.description}`}`}
              onClick={() => props.onInsert(variableSnippet(v))}
            >
              <code>{v.kind === 'list' ? `{{#${v.name}}}…` : `{{${v.name}}}`}</code>
            </button>{' '}
            <span class="help-inline">{v.description}</span>
            {v.fields && (
              <span class="help-inline">
                {' '}
                (fields: {v.fields.map((f) => f.name).join(', ')})
              </span>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
