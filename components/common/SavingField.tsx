import { useEffect, useRef, useState } from 'preact/hooks';
import { describeStorageError } from '@/lib/db/errors';
import { getDb } from '@/lib/db/schema';
import { applyDraft, journalSettle, journalWrite, type DraftOp } from '@/lib/db/draft-journal';
import { ErrorText } from './ErrorText';
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

/**
 * A labelled input that saves as the person types. Each keystroke is written at
 * once (a popup can close the instant focus leaves it, so nothing may wait for a
 * debounce or a Save button). Writes are chained so they land in order; while the
 * field has unsaved or in-flight edits it shows its own text, not the database's,
 * so live updates never move the caret or drop a character. A failed write is
 * shown and retried with the latest text on the next edit or on blur.
 */
export function SavingField(props: SavingFieldProps) {
  const [local, setLocal] = useState(props.value);
  const [error, setError] = useState('');
  const pending = useRef(0);
  const focused = useRef(false);
  const failed = useRef(false);
  const id = useRef(props.id ?? `field-${++counter}`).current;

  const latest = useRef(props.value);
  latest.current = props.value;

  // Follow the stored value when it changes elsewhere, unless we hold newer text.
  useEffect(() => {
    if (pending.current === 0 && !failed.current && !focused.current) setLocal(props.value);
  }, [props.value]);

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
    const persist = save ? save(text) : draft ? applyDraft(getDb(), draft, text) : Promise.resolve();
    persist
      .then(
        () => {
          if (draft) journalSettle(draft, text);
          failed.current = false;
          setError('');
        },
        (e) => {
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
    pending.current = 1;
    queued.current = text;
    flush();
  };

  const onInput = (e: Event) => {
    const text = (e.currentTarget as HTMLInputElement).value;
    setLocal(text);
    write(text);
  };

  const problem = props.check?.(local) ?? '';
  const common = {
    id,
    value: local,
    onInput,
    placeholder: props.placeholder,
    'aria-describedby': [props.help ? `${id}-help` : '', error ? `${id}-error` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ') || undefined,
    'aria-invalid': error || problem ? true : undefined,
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
      if (failed.current) write(local);
      // Catch up with a change made elsewhere while this field had focus, once our
      // own writes have landed and their live updates have arrived.
      setTimeout(() => {
        if (!focused.current && pending.current === 0 && !failed.current) setLocal(latest.current);
      }, 400);
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
        <textarea {...common} rows={props.rows ?? 3} maxLength={MAX_TEXT_LENGTH} />
      ) : (
        <input {...common} type={(props.type ?? 'text') as 'text'} min={props.min} max={props.max} maxLength={props.type === 'email' ? MAX_EMAIL_LENGTH : MAX_TEXT_LENGTH} />
      )}
      <ErrorText message={error} id={`${id}-error`} />
      {problem && (
        <p class="error field-problem" id={`${id}-problem`} aria-live="polite">
          {problem}
        </p>
      )}
    </div>
  );
}
