import { StageIntro } from '@/components/planner/stages/StageIntro';
import { useEffect, useRef, useState } from 'preact/hooks';
import { emailLanguageOf, sourceFor } from '@/lib/templates/render';
import { templateName } from '@/lib/template-names';
import type { StageProps } from '@/components/planner/stage-props';
import { useLiveQuery } from '@/components/hooks/useLiveQuery';
import { whenReady } from '@/components/common/focus';
import { describeStorageError } from '@/lib/db/errors';
import { allTemplates, duplicateTemplate } from '@/lib/db/templates';
import { BUILTIN_TEMPLATES, type TemplateDef } from '@/lib/templates';
import { TemplateEditor } from './TemplateEditor';
import { TemplatePreview } from './TemplatePreview';
import { TemplateList } from './TemplateList';
import { t, uiLanguage } from '@/lib/i18n';
import './templates.css';
import { ErrorText } from '@/components/common/ErrorText';

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
  const selected = templates.find((x) => x.id === selectedId) ?? templates[0];

  // A template deleted (here or in another tab): fall back to the first built-in. Only for
  // ids the list has shown, since a fresh copy is selected before the live query reports it.
  const seen = useRef(new Set<string>());
  useEffect(() => {
    if (list.status !== 'ready') return;
    for (const x of list.value) seen.current.add(x.id);
    if (seen.current.has(selectedId) && !list.value.some((x) => x.id === selectedId)) setSelectedId(BUILTIN_TEMPLATES[0].id);
  }, [list, selectedId]);

  const duplicate = async (source: TemplateDef) => {
    try {
      // A built-in is copied as written for this plan: in its email language and form of address.
      const lang = emailLanguageOf(props.plan, { defaultLanguage: uiLanguage() });
      const formality = props.plan?.formality === 'informal' ? 'informal' : 'formal';
      const copy = await duplicateTemplate(
        db,
        source.builtin ? { ...source, name: templateName(source), ...sourceFor(source, lang, formality), language: lang } : source,
      );
      setError('');
      setSelectedId(copy.id);
      const field = await whenReady(() => document.getElementById(`template-body-${copy.id}`));
      field?.focus();
    } catch (e) {
      setError(describeStorageError(e));
    }
  };

  return (
    <div class="templates-stage" data-stage="templates">
      <h2 class="stage-title" tabIndex={-1}>
        {t('templatesTitle')}
      </h2>
      <StageIntro>
        <p>{t('templatesIntro')}</p>
      </StageIntro>
      {list.status === 'error' && (
        <p class="error" role="alert">
          {describeStorageError(list.error)}
        </p>
      )}
      <div class="templates-layout">
        <TemplateList templates={templates} selectedId={selected.id} onSelect={setSelectedId} />
        <div class="templates-detail" aria-live="off">
          <h3 class="template-title">{templateName(selected)}</h3>
          {selected.builtin ? (
            <>
              <p class="help">{t('templatesBuiltInReadOnly')}</p>
              <button type="button" class="primary" onClick={() => duplicate(selected)}>
                {t('templatesDuplicateAndEdit', templateName(selected))}
              </button>
              <ErrorText message={error} />
              <TemplatePreview source={selected} plan={props.plan} actionItems={props.actionItems} />
            </>
          ) : (
            <>
              <button type="button" onClick={() => duplicate(selected)}>
                {t('templatesDuplicate', templateName(selected))}
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
