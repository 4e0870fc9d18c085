import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { sourceFor } from '@/lib/templates/render';
import { TemplateLanguageField } from './TemplateLanguageField';
import { templateErrorText } from '@/lib/template-errors';
import { templateName } from '@/lib/template-names';
import type { CareerTalkDB } from '@/lib/db/schema';
import { describeStorageError } from '@/lib/db/errors';
import type { ActionItem, Plan } from '@/lib/plan/types';
import { deleteTemplate, renameTemplate, resetTemplate, restoreTemplate, saveTemplateSource } from '@/lib/db/templates';
import { builtinTemplate, TemplateError, validateTemplate, type TemplateDef, type ValidationResult } from '@/lib/templates';
import { useUndo } from '@/components/common/UndoToast';
import { TemplatePreview } from './TemplatePreview';
import { VariableList } from './VariableList';
import { dropUnsavedDraft, keepUnsavedDraft, readUnsavedDraft } from './unsaved-draft';
import { t } from '@/lib/i18n';
import { ErrorText } from '@/components/common/ErrorText';

export interface TemplateEditorProps {
  db: CareerTalkDB;
  template: TemplateDef;
  plan: Plan;
  actionItems: ActionItem[];
  onDeleted: () => void;
}

type Source = { subject: string; body: string };
type SaveState = 'saved' | 'saving' | 'invalid' | 'failed';

function errorText(e: unknown): string {
  return e instanceof TemplateError ? templateErrorText(e) : describeStorageError(e);
}

/**
 * Quiet time after the last keystroke before a valid edit is written to the database (one
 * write, and one re-read of every template, per pause rather than per key). Until then the
 * edit is kept in localStorage (unsaved-draft.ts), and written at once when the page hides or
 * the editor closes, so nothing typed is lost.
 */
const SAVE_QUIET_MS = 300;

/**
 * Edits one of the person's own templates. Every valid edit is saved as it is
 * typed (like every other field, so nothing is lost when the tab closes); an edit
 * with a syntax error is shown inline with its line and is not saved, so the last
 * good version stays in use in the webmail menu until the error is fixed.
 */
export function TemplateEditor(props: TemplateEditorProps) {
  const { db, template } = props;
  // A broken edit from an earlier visit comes back with its error, not the last good version.
  const [unsaved] = useState(() => readUnsavedDraft(template.id));
  const [draft, setDraft] = useState<Source>(unsaved ?? { subject: template.subject, body: template.body });
  const [check, setCheck] = useState<ValidationResult>(() => (unsaved ? validateTemplate(unsaved) : { ok: true }));
  const [state, setState] = useState<SaveState>(() => (unsaved && !validateTemplate(unsaved).ok ? 'invalid' : 'saved'));
  const [saveError, setSaveError] = useState('');
  const [name, setName] = useState(template.name);
  const [nameError, setNameError] = useState('');
  const [actionError, setActionError] = useState('');
  const pending = useRef(0);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  /** The newest valid edit not yet handed to the database, and the timer that will. */
  const queued = useRef<Source | null>(null);
  /** Whether the text on screen is valid: a save finishing under a broken edit keeps that edit's draft. */
  const onScreenOk = useRef(check.ok);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const body = useRef<HTMLTextAreaElement>(null);
  const offerUndo = useUndo();
  const basedOn = template.basedOn ? builtinTemplate(template.basedOn) : undefined;

  // Follow changes made elsewhere (another tab, Reset) unless we hold unsaved text.
  // The refs skip the first run: effects run after paint, and must not undo a quick first keystroke.
  const shownSource = useRef(`${template.subject}\n${template.body}`);
  const shownName = useRef(template.name);
  useEffect(() => {
    const stored = `${template.subject}\n${template.body}`;
    if (stored === shownSource.current) return;
    shownSource.current = stored;
    if (pending.current === 0 && !queued.current && check.ok) setDraft({ subject: template.subject, body: template.body });
  }, [template.subject, template.body]);
  useEffect(() => {
    if (template.name === shownName.current) return;
    shownName.current = template.name;
    setName(template.name);
  }, [template.name]);

  const edit = (next: Source) => {
    setDraft(next);
    const result = validateTemplate(next);
    setCheck(result);
    onScreenOk.current = result.ok;
    if (!result.ok) {
      keepUnsavedDraft(template.id, next);
      setState('invalid');
      return;
    }
    keepUnsavedDraft(template.id, next);
    setState('saving');
    queued.current = next;
    clearTimeout(timer.current);
    timer.current = setTimeout(flush.current, SAVE_QUIET_MS);
  };

  // Writes the queued edit now (after any write still under way). A ref, so the page-hide and
  // unmount handlers registered once always call this one.
  const flush = useRef(() => {});
  flush.current = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const next = queued.current;
    if (!next) return;
    queued.current = null;
    pending.current++;
    chain.current = chain.current
      .then(() => saveTemplateSource(db, template.id, next))
      .then(
        () => {
          setSaveError('');
          if (pending.current === 1 && !queued.current && onScreenOk.current) {
            dropUnsavedDraft(template.id);
            setState('saved');
          }
        },
        (e) => {
          setSaveError(errorText(e));
          setState('failed');
        },
      )
      .finally(() => {
        pending.current--;
      });
  };
  // A layout effect: registered as the editor mounts, so even an editor closed within its first
  // frame writes what was typed in it.
  useLayoutEffect(() => {
    const now = () => flush.current();
    const onHidden = () => document.visibilityState === 'hidden' && now();
    window.addEventListener('pagehide', now);
    document.addEventListener('visibilitychange', onHidden);
    // A valid edit left unsaved when the tab closed mid-pause: written now.
    if (unsaved && validateTemplate(unsaved).ok && (unsaved.subject !== template.subject || unsaved.body !== template.body)) edit(unsaved);
    return () => {
      window.removeEventListener('pagehide', now);
      document.removeEventListener('visibilitychange', onHidden);
      now();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const insert = (snippet: string) => {
    const el = body.current;
    const start = el?.selectionStart ?? draft.body.length;
    const end = el?.selectionEnd ?? draft.body.length;
    const text = draft.body.slice(0, start) + snippet + draft.body.slice(end);
    edit({ ...draft, body: text });
    requestAnimationFrame(() => {
      if (!el) return;
      el.focus();
      el.setSelectionRange(start + snippet.length, start + snippet.length);
    });
  };

  // The variable list renders once per template, not on every keystroke: it calls the newest insert.
  const latestInsert = useRef(insert);
  latestInsert.current = insert;
  const onInsert = useCallback((snippet: string) => latestInsert.current(snippet), []);

  const rename = async (e: Event) => {
    e.preventDefault();
    try {
      await renameTemplate(db, template.id, name);
      setNameError('');
    } catch (err) {
      setNameError(errorText(err));
    }
  };

  /** Forgets an edit still waiting to be written (Reset and Delete replace it). */
  const dropQueued = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    queued.current = null;
  };

  const reset = async () => {
    const before = { subject: template.subject, body: template.body };
    dropQueued();
    try {
      const formality = props.plan?.formality === 'informal' ? 'informal' : 'formal';
      await resetTemplate(db, template.id, formality);
      dropUnsavedDraft(template.id);
      onScreenOk.current = true;
      setCheck({ ok: true });
      setState('saved');
      setDraft(sourceFor(basedOn!, template.language ?? 'en', formality));
      setActionError('');
      offerUndo({ message: t('templatesResetUndo', template.name), undo: () => saveTemplateSource(db, template.id, before) });
    } catch (err) {
      setActionError(errorText(err));
    }
  };

  const remove = async () => {
    dropQueued();
    dropUnsavedDraft(template.id);
    try {
      const removed = await deleteTemplate(db, template.id);
      if (removed) offerUndo({ message: t('templatesDeletedUndo', removed.name), undo: () => restoreTemplate(db, removed) });
      props.onDeleted();
    } catch (err) {
      setActionError(errorText(err));
    }
  };

  const errorId = `template-error-${template.id}`;
  const statusText =
    state === 'saved'
      ? t('templatesStatusSaved')
      : state === 'saving'
        ? t('templatesStatusSaving')
        : state === 'invalid'
          ? t('templatesStatusInvalid')
          : t('templatesStatusFailed', saveError);

  return (
    <div class="template-editor">
      <form class="template-name-row" onSubmit={rename}>
        <div class="field">
          <label for={`template-name-${template.id}`}>{t('templatesName')}</label>
          <input
            id={`template-name-${template.id}`}
            value={name}
            maxLength={80}
            onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? `${errorId}-name` : undefined}
          />
        </div>
        <button type="submit" disabled={name.trim() === template.name}>
          {t('templatesRename')}
        </button>
      </form>
      {nameError && (
        <p class="error" role="alert" id={`${errorId}-name`}>
          {nameError}
        </p>
      )}
      <TemplateLanguageField db={db} template={template} />

      <div class="field">
        <label for={`template-subject-${template.id}`}>{t('templatesSubject')}</label>
        <input
          id={`template-subject-${template.id}`}
          value={draft.subject}
          onInput={(e) => edit({ ...draft, subject: (e.currentTarget as HTMLInputElement).value })}
          aria-invalid={!check.ok && check.field === 'subject' ? true : undefined}
          aria-describedby={!check.ok && check.field === 'subject' ? errorId : undefined}
        />
      </div>
      <div class="field">
        <label for={`template-body-${template.id}`}>{t('templatesBody')}</label>
        <p class="help" id={`template-body-help-${template.id}`}>
          {t('templatesBodyHelp')}
        </p>
        <textarea
          id={`template-body-${template.id}`}
          ref={body}
          rows={16}
          value={draft.body}
          spellcheck
          onInput={(e) => edit({ ...draft, body: (e.currentTarget as HTMLTextAreaElement).value })}
          aria-invalid={!check.ok && check.field === 'body' ? true : undefined}
          aria-describedby={[`template-body-help-${template.id}`, !check.ok && check.field === 'body' ? errorId : ''].filter(Boolean).join(' ')}
        />
      </div>
      {!check.ok && (
        <p class="error" role="alert" id={errorId} data-testid="template-syntax-error">
          {check.field === 'subject' ? t('templatesErrorInSubject', t(check.key, ...check.subs)) : t('templatesErrorOnLine', check.line, t(check.key, ...check.subs))}
        </p>
      )}
      <p class={state === 'saved' ? 'ok template-status' : 'help template-status'} role="status" data-testid="template-status">
        {statusText}
      </p>

      <div class="template-actions">
        {basedOn && (
          <button type="button" onClick={reset}>
            {t('templatesResetTo', templateName(basedOn))}
          </button>
        )}
        <button type="button" class="danger" onClick={remove}>
          {t('templatesDelete')}
        </button>
      </div>
      <ErrorText message={actionError} />

      <VariableList onInsert={onInsert} />
      <TemplatePreview
        source={check.ok ? draft : { subject: template.subject, body: template.body }}
        plan={props.plan}
        actionItems={props.actionItems}
        note={check.ok ? undefined : t('templatesPreviewStale')}
      />
    </div>
  );
}
