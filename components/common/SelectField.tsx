import { useEffect, useRef, useState } from 'preact/hooks';
import { useStorageAction } from './useStorageAction';
import { ErrorText } from './ErrorText';

export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

let counter = 0;

/** A labelled select that saves the choice the moment it changes. */
export function SelectField<V extends string>(props: {
  label: string;
  value: V;
  options: SelectOption<V>[];
  save: (value: V) => Promise<unknown>;
  hideLabel?: boolean;
}) {
  const id = useRef(`select-${++counter}`).current;
  const [run, error] = useStorageAction();
  // Shows the choice at once: a re-render before the write lands must not flip it back.
  const [local, setLocal] = useState(props.value);
  useEffect(() => setLocal(props.value), [props.value]);
  return (
    <div class="field">
      <label for={id} class={props.hideLabel ? 'visually-hidden' : undefined}>
        {props.label}
      </label>
      <select
        id={id}
        value={local}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          const value = (e.currentTarget as HTMLSelectElement).value as V;
          setLocal(value);
          void run(() => props.save(value).then(() => true)).then((ok) => ok || setLocal(props.value));
        }}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <ErrorText message={error} id={`${id}-error`} />
    </div>
  );
}
