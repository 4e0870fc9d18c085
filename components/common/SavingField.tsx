import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { describeStorageError } from '@/lib/db/errors';
import { getDb } from '@/lib/db/schema';
import { applyDraftIfUnchanged, DraftConflictError, journalSettle, journalWrite, type DraftOp } from '@/lib/db/draft-journal';
import { t } from '@/lib/i18n';
import { ErrorText } from './ErrorText';
import { fitHeight } from './fit-height';
import { MAX_TEXT_LENGTH } from '@/lib/plan/limits';
import { MAX_EMAIL_LENGTH } from '@/lib/plan/email-address';

export interface SavingFieldProps {
  label: string;
  /** The stored value; shown unless the person is in the middle of editing. */
  value: string;
  /**
   * What this field edits. Preferred: every keystroke is journalled in localStorage
   * before it is written, so even a page closed mid-write loses nothing.
   */
  draft?: DraftOp;
  /** Custom persistence, for edits a DraftOp can't describe (no journal then). */
  save?: (value: string) => Promise<unknown>;
  multiline?: boolean;
  /**
   * A one-line value shown wrapped over as many lines as it needs (a long company name in
   * the narrow popup): Enter adds no line break, pasted line breaks become spaces.
   */
  wrap?: boolean;
  type?: 'text' | 'email' | 'date' | 'datetime-local' | 'number';
  help?: string;
  placeholder?: string;
  id?: string;
  /** Visually hide the label (it stays the accessible name). */
  hideLabel?: boolean;
  rows?: number;
  min?: number;
  max?: number;
  /**
   * A problem with the text as typed ('' when none), shown under the field. The text is still
   * saved, so nothing typed is lost; whoever uses the value checks it again before using it.
   */
  check?: (value: string) => string;
}

let counter = 0;

/** True when `after` is `before` with text inserted at one place (what typing and pasting do). */
export function isInsertion(before: string, after: string): boolean {
  if (after.length < before.length) return false;
  let head = 0;
  while (head < before.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return head + tail >= before.length;
}

/** Where the caret should go when the text changes under it: after the same characters it followed. */
function movedCaret(before: string, after: string, caret: number): number {
  if (caret >= before.length) return after.length; // at the end, it stays at the end
  let same = 0;
  while (same < before.length && same < after.length && before[same] === after[same]) same++;
  return caret <= same ? caret : Math.max(same, Math.min(after.length, caret + after.length - before.length));
}

/**
 * A labelled input that saves as the person types. Each keystroke is written at
 * once (a popup can close the instant focus leaves it, so nothing may wait for a
 * debounce or a Save button). Writes are chained so they land in order.
 *
 * Two places can edit one field (two planner tabs, popup and planner). A change made
 * elsewhere shows here at once, even while this field has focus (the caret stays after
 * the same text), as long as nothing typed here is still unsaved. Each write only lands
 * if the field still holds what this page last saw; if it changed in between, nothing is
 * overwritten and the person chooses: keep mine, or take theirs. No edit is lost silently.
 * A failed write is shown and retried with the latest text on the next edit or on blur.
 */
export function SavingField(props: SavingFieldProps) {
  const [local, setLocal] = useState(props.value);
  const [error, setError] = useState('');
  /** The newer value from elsewhere while this page holds unsaved text of its own. */
  const [theirs, setTheirs] = useState<string | null>(null);
  const pending = useRef(0);
  const failed = useRef(false);
  const id = useRef(props.id ?? `field-${++counter}`).current;
  const input = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  /** The stored value this field's text was last in step with. */
  const base = useRef(props.value);
  const localRef = useRef(local);
  localRef.current = local;
  const caretAfter = useRef<{ start: number; end: number } | null>(null);

  /**
   * What this field wrote lately. A live update can arrive late, after newer writes of ours:
   * such an echo is not a change from elsewhere (taking it would drop what was typed since).
   */
  const ownWrites = useRef<string[]>([]);

  // A change from elsewhere: show it at once when nothing typed here is unsaved.
  useEffect(() => {
    const value = props.value;
    if (value === base.current || value === localRef.current) {
      if (pending.current === 0) base.current = value;
      return;
    }
    if (ownWrites.current.includes(value)) return;
    if (theirs !== null) {
      setTheirs(value); // the choice offers the newest value from elsewhere
      return;
    }
    if (pending.current !== 0 || failed.current || localRef.current !== base.current) return; // the write's check reports it
    const el = input.current;
    if (el && document.activeElement === el && el.selectionStart !== null) {
      caretAfter.current = { start: movedCaret(localRef.current, value, el.selectionStart), end: movedCaret(localRef.current, value, el.selectionEnd ?? el.selectionStart) };
    }
    base.current = value;
    setLocal(value);
  }, [props.value]);

  useLayoutEffect(() => {
    const caret = caretAfter.current;
    caretAfter.current = null;
    if (caret && input.current && document.activeElement === input.current) input.current.setSelectionRange(caret.start, caret.end);
  }, [local]);

  // Coalesce: while one write is in flight, only the newest text waits behind it,
  // so fast typing never builds a queue that a closing popup could cut off.
  const queued = useRef<string | null>(null);
  const inFlight = useRef(false);
  const flush = () => {
    if (inFlight.current || queued.current === null) return;
    const text = queued.current;
    queued.current = null;
    inFlight.current = true;
    const { draft, save } = props;
    const persist = save ? save(text) : draft ? applyDraftIfUnchanged(getDb(), draft, text, base.current) : Promise.resolve();
    persist
      .then(
        () => {
          if (draft) journalSettle(draft, text);
          base.current = text;
          failed.current = false;
          setError('');
        },
        (e) => {
          if (e instanceof DraftConflictError) {
            // Nothing was written: hold our text, show theirs, let the person choose.
            if (draft) journalSettle(draft, text, { saved: false });
            queued.current = null;
            setTheirs(e.current);
            return;
          }
          failed.current = true;
          setError(describeStorageError(e));
        },
      )
      .finally(() => {
        inFlight.current = false;
        pending.current = queued.current === null ? 0 : 1;
        flush();
      });
  };
  const write = (text: string) => {
    if (props.draft) journalWrite(props.draft, text);
    ownWrites.current.push(text);
    if (ownWrites.current.length > 50) ownWrites.current.shift();
    pending.current = 1;
    queued.current = text;
    flush();
  };

  const onInput = (e: Event) => {
    const el = e.currentTarget as HTMLInputElement;
    let text = el.value;
    if (props.wrap && /[\r\n]/.test(text)) {
      text = text.replace(/\s*[\r\n]+\s*/g, ' ');
      const caret = el.selectionStart;
      el.value = text;
      if (caret !== null) el.setSelectionRange(Math.min(caret, text.length), Math.min(caret, text.length));
    }
    setLocal(text);
    // While the choice is open, typing goes on here and is saved once the person chooses.
    if (theirs === null) write(text);
  };

  const problem = props.check?.(local) ?? '';
  const keepMine = () => {
    if (theirs === null) return;
    base.current = theirs;
    setTheirs(null);
    write(localRef.current);
    input.current?.focus();
  };
  const takeTheirs = () => {
    if (theirs === null) return;
    base.current = theirs;
    if (props.draft) journalSettle(props.draft, localRef.current, { saved: false });
    setLocal(theirs);
    setTheirs(null);
    input.current?.focus();
  };

  // Text boxes grow with their content (and with the window's width changing under them).
  const grows = props.multiline || props.wrap;
  // Typing only adds text: the box then just grows if it must (no full re-measure per key).
  const fitted = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (!grows) return;
    fitHeight(input.current, fitted.current !== null && isInsertion(fitted.current, local));
    fitted.current = local;
  }, [local, grows]);
  useEffect(() => {
    if (!grows || typeof ResizeObserver === 'undefined' || !input.current) return;
    let width = input.current.clientWidth;
    const observer = new ResizeObserver(() => {
      if (input.current && input.current.clientWidth !== width) {
        width = input.current.clientWidth;
        fitHeight(input.current);
      }
    });
    observer.observe(input.current);
    return () => observer.disconnect();
  }, [grows]);

  const common = {
    id,
    ref: input,
    value: local,
    onInput,
    placeholder: props.placeholder,
    'aria-describedby': [props.help ? `${id}-help` : '', error ? `${id}-error` : '', problem ? `${id}-problem` : '', theirs !== null ? `${id}-conflict` : ''].filter(Boolean).join(' ') || undefined,
    'aria-invalid': error || problem ? true : undefined,
    onBlur: () => {
      if (failed.current) write(localRef.current);
    },
  };

  return (
    <div class="field">
      <label for={id} class={props.hideLabel ? 'visually-hidden' : undefined}>
        {props.label}
      </label>
      {props.help && (
        <p class="help" id={`${id}-help`}>
          {props.help}
        </p>
      )}
      {props.multiline ? (
        <textarea {...common} class="grows" rows={props.rows ?? 3} maxLength={MAX_TEXT_LENGTH} />
      ) : props.wrap ? (
        <textarea
          {...common}
          class="grows one-line"
          rows={1}
          maxLength={MAX_TEXT_LENGTH}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.preventDefault();
          }}
        />
      ) : (
        <input {...common} type={(props.type ?? 'text') as 'text'} min={props.min} max={props.max} maxLength={props.type === 'email' ? MAX_EMAIL_LENGTH : MAX_TEXT_LENGTH} />
      )}
      <ErrorText message={error} id={`${id}-error`} />
      {problem && (
        <p class="error field-problem" id={`${id}-problem`} aria-live="polite">
          {problem}
        </p>
      )}
      {theirs !== null && (
        <div class="field-conflict" id={`${id}-conflict`} role="alert">
          <p>{t('fieldChangedElsewhere', theirs || t('fieldChangedElsewhereEmpty'))}</p>
          <button type="button" onClick={keepMine}>
            {t('fieldKeepMine')}
          </button>{' '}
          <button type="button" onClick={takeTheirs}>
            {t('fieldTakeTheirs')}
          </button>
        </div>
      )}
    </div>
  );
}
