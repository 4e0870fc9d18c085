import { useRef } from 'preact/hooks';
import { useStorageAction } from './useStorageAction';

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
  return (
    <div class="field">
      <label for={id} class={props.hideLabel ? 'visually-hidden' : undefined}>
        {props.label}
      </label>
      <select
        id={id}
        value={props.value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => void run(() => props.save((e.currentTarget as HTMLSelectElement).value as V))}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && (
        <p class="error" role="alert" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
