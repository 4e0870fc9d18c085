import { useEffect, useRef, useState } from 'preact/hooks';
import { describeStorageError } from '@/lib/db/errors';
import { t } from '@/lib/i18n';
import { ErrorText } from './ErrorText';

let counter = 0;

/**
 * A labelled whole-number input that saves valid values as the person types. An
 * out-of-range or non-numeric value is explained and not saved, so the stored
 * plan never holds a number the rest of the app can't use.
 */
export function NumberField(props: {
  label: string;
  value: number;
  min: number;
  max: number;
  /** Unit shown in the message, e.g. "minutes". */
  unit: string;
  save: (value: number) => Promise<unknown>;
  help?: string;
}) {
  const id = useRef(`number-${++counter}`).current;
  const [local, setLocal] = useState(String(props.value));
  const [error, setError] = useState('');
  const focused = useRef(false);

  // Follow a stored value changed elsewhere; not on mount (a page painted from its snapshot can
  // be typed into before this first runs, and that keystroke must stay).
  const synced = useRef(props.value);
  useEffect(() => {
    if (synced.current === props.value) return;
    synced.current = props.value;
    if (!focused.current) {
      setLocal(String(props.value));
      setError('');
    }
  }, [props.value]);

  const onInput = (e: Event) => {
    const text = (e.currentTarget as HTMLInputElement).value;
    setLocal(text);
    const n = Number(text);
    if (text.trim() === '' || !Number.isInteger(n) || n < props.min || n > props.max) {
      setError(t('commonNumberInvalid', props.unit, props.min, props.max, props.value));
      return;
    }
    setError('');
    props.save(n).catch((err) => setError(describeStorageError(err)));
  };

  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      {props.help && (
        <p class="help" id={`${id}-help`}>
          {props.help}
        </p>
      )}
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={props.min}
        max={props.max}
        step={1}
        value={local}
        onInput={onInput}
        onFocus={() => (focused.current = true)}
        // The invalid text and its message stay after blur (the stored value is unchanged):
        // removing them on blur would shift the page under a click that is in progress.
        onBlur={() => (focused.current = false)}
        aria-invalid={error ? true : undefined}
        aria-describedby={[props.help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
      />
      <ErrorText message={error} id={`${id}-error`} />
    </div>
  );
}
