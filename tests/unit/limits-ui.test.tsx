import { afterEach, expect, test } from 'vitest';
import { render } from 'preact';
import { ListEditor } from '../../components/common/ListEditor';
import { SavingField } from '../../components/common/SavingField';
import { MAX_LIST_ITEMS, MAX_TEXT_LENGTH } from '../../lib/plan/limits';
import { managerEmailProblem } from '../../components/common/email-check';

// The caps an import is held to are the caps the editors hold to (lib/plan/limits.ts).
let host: HTMLElement;
function mount(node: preact.ComponentChild): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  render(node, host);
  return host;
}
afterEach(() => {
  render(null, host);
  host.remove();
});

// Rendering 500 rows in happy-dom takes seconds, so the list's cap is given small here.
const list = (n: number, max: number) => (
  <ListEditor
    max={max}
    title="Goals"
    itemName="goal"
    items={Array.from({ length: n }, (_, i) => ({ id: `g${i}`, text: '' }))}
    describe={(g) => g.text}
    renderItem={() => null}
    onAdd={async () => 'x'}
    onMove={async () => undefined}
    onRemove={async () => undefined}
  />
);

test('a full list offers no Add and says why; one below the cap still does', () => {
  expect(MAX_LIST_ITEMS).toBe(500);
  let el = mount(list(3, 3));
  expect(el.querySelector('.list-add')).toBeNull();
  expect(el.querySelector('.list-full')!.textContent).toBe('This list is full (3 entries). Delete one to add another.');
  render(null, host);
  host.remove();
  el = mount(list(2, 3));
  expect(el.querySelector('.list-add')).not.toBeNull();
});

test('text fields stop at the text cap; the manager email field flags two addresses and keeps them', () => {
  const el = mount(
    <>
      <SavingField label="Notes" value="" multiline save={async () => undefined} />
      <SavingField label="Email" type="email" value="a@x.org, b@y.org" save={async () => undefined} check={managerEmailProblem} />
    </>,
  );
  expect(el.querySelector('textarea')!.maxLength).toBe(MAX_TEXT_LENGTH);
  const email = el.querySelector<HTMLInputElement>('input[type=email]')!;
  expect(email.value).toBe('a@x.org, b@y.org');
  expect(email.getAttribute('aria-invalid')).toBe('true');
  expect(el.querySelector('.field-problem')!.textContent).toContain('One address only');
  expect(managerEmailProblem('')).toBe('');
  expect(managerEmailProblem(' dana@example.com ')).toBe('');
  for (const bad of ['dana@example.com; x@y.org', 'dana', 'Dana <dana@example.com>', 'dana@example.com\r\nBcc: x@y.org']) expect(managerEmailProblem(bad)).not.toBe('');
});
