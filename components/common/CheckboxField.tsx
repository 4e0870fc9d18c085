import { useRef } from 'preact/hooks';
import { useStorageAction } from './useStorageAction';

let counter = 0;

/** A labelled checkbox that saves when toggled. */
export function CheckboxField(props: { label: string; checked: boolean; save: (checked: boolean) => Promise<unknown>; help?: string }) {
  const id = useRef(`check-${++counter}`).current;
  const [run, error] = useStorageAction();
  return (
    <div class="field checkbox-field">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        aria-describedby={[props.help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
        onChange={(e) => void run(() => props.save((e.currentTarget as HTMLInputElement).checked))}
      />
      <label for={id}>{props.label}</label>
      {props.help && (
        <p class="help" id={`${id}-help`}>
          {props.help}
        </p>
      )}
      {error && (
        <p class="error" role="alert" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
