import { useEffect, useRef, useState } from 'preact/hooks';
import { useStorageAction } from './useStorageAction';
import { ErrorText } from './ErrorText';

let counter = 0;

/** A labelled checkbox that saves when toggled. */
export function CheckboxField(props: { label: string; checked: boolean; save: (checked: boolean) => Promise<unknown>; help?: string }) {
  const id = useRef(`check-${++counter}`).current;
  const [run, error] = useStorageAction();
  // Shows the new state at once: a re-render before the write lands must not flip it back.
  const [local, setLocal] = useState(props.checked);
  useEffect(() => setLocal(props.checked), [props.checked]);
  return (
    <div class="field checkbox-field">
      <input
        id={id}
        type="checkbox"
        checked={local}
        aria-describedby={[props.help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
        onChange={(e) => {
          const checked = (e.currentTarget as HTMLInputElement).checked;
          setLocal(checked);
          void run(() => props.save(checked).then(() => true)).then((ok) => ok || setLocal(props.checked));
        }}
      />
      <label for={id}>{props.label}</label>
      {props.help && (
        <p class="help" id={`${id}-help`}>
          {props.help}
        </p>
      )}
      <ErrorText message={error} id={`${id}-error`} />
    </div>
  );
}
