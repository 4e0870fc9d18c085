import { useEffect, useRef, useState } from 'preact/hooks';
import type { StageProps } from '@/components/planner/stage-props';
import { useLiveQuery } from '@/components/hooks/useLiveQuery';
import { whenReady } from '@/components/common/focus';
import { describeStorageError } from '@/lib/db/errors';
import { allTemplates, BUILTIN_TEMPLATES, duplicateTemplate, type TemplateDef } from '@/lib/templates';
import { TemplateEditor } from './TemplateEditor';
import { TemplatePreview } from './TemplatePreview';
import './templates.css';

/**
 * The planner's "Email templates" page: the four built-in emails and the person's
 * own templates. Built-ins are read-only (so updates can improve them); "Duplicate
 * and edit" makes an own copy, which can be edited with a live preview, renamed,
 * reset to the built-in text, or deleted (with Undo).
 */
export function TemplatesStage(props: StageProps) {
  const { db } = props;
  const list = useLiveQuery(() => allTemplates(db), [db]);
  const [selectedId, setSelectedId] = useState<string>(BUILTIN_TEMPLATES[0].id);
  const [error, setError] = useState('');

  const templates: TemplateDef[] = list.status === 'ready' ? list.value : BUILTIN_TEMPLATES;
  const selected = templates.find((t) => t.id === selectedId) ?? templates[0];
  const own = templates.filter((t) => !t.builtin);

  // A template deleted (here or in another tab): fall back to the first built-in. Only for
  // ids the list has shown, since a fresh copy is selected before the live query reports it.
  const seen = useRef(new Set<string>());
  useEffect(() => {
    if (list.status !== 'ready') return;
    for (const t of list.value) seen.current.add(t.id);
    if (seen.current.has(selectedId) && !list.value.some((t) => t.id === selectedId)) setSelectedId(BUILTIN_TEMPLATES[0].id);
  }, [list, selectedId]);

  const duplicate = async (source: TemplateDef) => {
    try {
      const copy = await duplicateTemplate(db, source);
      setError('');
      setSelectedId(copy.id);
      const field = await whenReady(() => document.getElementById(`template-body-${copy.id}`));
      field?.focus();
    } catch (e) {
      setError(describeStorageError(e));
    }
  };

  const item = (t: TemplateDef) => (
    <li key={t.id}>
      <button type="button" class="template-pick" aria-pressed={t.id === selected.id} onClick={() => setSelectedId(t.id)}>
        {t.name}
      </button>
    </li>
  );

  return (
    <div class="templates-stage" data-stage="templates">
      <h2 class="stage-title" tabIndex={-1}>
        Email templates
      </h2>
      <p class="stage-intro">
        The emails CareerTalk writes for you in Gmail and Outlook, filled in from your plan. To change one, duplicate it
        and edit your copy; your own templates appear in the webmail menu and the popup next to the built-in ones.
      </p>
      {list.status === 'error' && (
        <p class="error" role="alert">
          {describeStorageError(list.error)}
        </p>
      )}
      <div class="templates-layout">
        <nav class="templates-list" aria-label="Templates">
          <h3>Built-in</h3>
          <ul>{templates.filter((t) => t.builtin).map(item)}</ul>
          <h3>Your templates</h3>
          {own.length ? <ul>{own.map(item)}</ul> : <p class="help">None yet. Duplicate a built-in to make your own.</p>}
        </nav>
        <div class="templates-detail" aria-live="off">
          <h3 class="template-title">{selected.name}</h3>
          {selected.builtin ? (
            <>
              <p class="help">Built-in templates can’t be changed; duplicate this one to write your own version.</p>
              <button type="button" class="primary" onClick={() => duplicate(selected)}>
                Duplicate and edit “{selected.name}”
              </button>
              {error && (
                <p class="error" role="alert">
                  {error}
                </p>
              )}
              <TemplatePreview source={selected} plan={props.plan} actionItems={props.actionItems} />
            </>
          ) : (
            <>
              <button type="button" onClick={() => duplicate(selected)}>
                Duplicate “{selected.name}”
              </button>
              <TemplateEditor
                key={selected.id}
                db={db}
                template={selected}
                plan={props.plan}
                actionItems={props.actionItems}
                onDeleted={() => setSelectedId(BUILTIN_TEMPLATES[0].id)}
              />
            </>
          )}
        </div>
      </div>
    </div>
  );
}
