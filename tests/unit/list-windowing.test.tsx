import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ListEditor } from '../../components/common/ListEditor';
import { UndoProvider } from '../../components/common/UndoToast';
import { WINDOW_FROM } from '../../components/common/useWindowedRange';

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

type Entry = { id: string; text: string };
const entries = (n: number): Entry[] => Array.from({ length: n }, (_, i) => ({ id: `e${i}`, text: `Entry ${i}` }));

function show(items: Entry[], renders: string[], rowDeps?: unknown[]) {
  act(() => {
    render(
      <UndoProvider>
        <ListEditor
          title="Entries"
          itemName="entry"
          items={items}
          rowDeps={rowDeps}
          describe={(e) => e.text}
          onAdd={async () => 'x'}
          onMove={async () => {}}
          onRemove={async () => undefined}
          renderItem={(e) => {
            renders.push(e.id);
            return <input aria-label={e.text} value={e.text} />;
          }}
        />
      </UndoProvider>,
      host,
    );
  });
}

describe('long lists', () => {
  test('1,000 entries: only the rows on screen are rendered, with their place in the whole list', () => {
    const renders: string[] = [];
    show(entries(1000), renders);
    const rows = [...host.querySelectorAll('li.list-item')];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(40);
    expect(rows[0].getAttribute('aria-posinset')).toBe('1');
    expect(rows[0].getAttribute('aria-setsize')).toBe('1000');
    // The rows not rendered still take their room, so the page scrolls over the whole list.
    expect(parseFloat(host.querySelector<HTMLElement>('ol.list-items')!.style.paddingBottom)).toBeGreaterThan(1000);
    expect(renders.length).toBe(rows.length);
  });

  test('editing one entry re-renders that row only; a change of the extra inputs re-renders all shown rows', () => {
    const renders: string[] = [];
    const items = entries(500);
    const deps = [1];
    show(items, renders, deps);
    const shown = renders.length;
    renders.length = 0;
    // A live query hands over fresh objects for every entry; only entry 2's text differs.
    const next = items.map((e) => ({ ...e }));
    next[2] = { ...next[2], text: 'Edited' };
    show(next, renders, deps);
    expect(renders).toEqual(['e2']);
    renders.length = 0;
    show(next, renders, [2]);
    expect(renders.length).toBe(shown);
  });

  test('a short list that names its rows’ extra inputs re-renders only the edited row (20 check-ins, one typed in)', () => {
    const renders: string[] = [];
    const items = entries(20);
    const deps = ['action items'];
    show(items, renders, deps);
    expect(renders.length).toBe(20);
    renders.length = 0;
    const next = items.map((e) => ({ ...e }));
    next[7] = { ...next[7], text: 'Edited' };
    show(next, renders, deps);
    expect(renders).toEqual(['e7']);
    expect(host.querySelector<HTMLInputElement>('input[aria-label="Edited"]')).not.toBeNull();
    // Entries with a nested record (a check-in's progress), read afresh: equal content, no re-render.
    renders.length = 0;
    const withProgress = next.map((e) => ({ ...e, progress: { a1: `progress of ${e.id}` } }));
    show(withProgress, renders, deps);
    expect(renders.length).toBe(20);
    renders.length = 0;
    const reread = withProgress.map((e) => ({ ...e, progress: { ...e.progress } }));
    reread[3] = { ...reread[3], progress: { a1: 'moved on' } };
    show(reread, renders, deps);
    expect(renders).toEqual(['e3']);
    // What the rows show besides their entry changed: every row follows it.
    renders.length = 0;
    show(next, renders, ['other action items']);
    expect(renders.length).toBe(20);
  });

  test('a short list without extra inputs named re-renders every row, as its rows may show anything', () => {
    const renders: string[] = [];
    show(entries(5), renders);
    renders.length = 0;
    show(entries(5), renders);
    expect(renders.length).toBe(5);
  });

  test(`a short list (up to ${WINDOW_FROM}) renders every row as before`, () => {
    const renders: string[] = [];
    show(entries(WINDOW_FROM), renders);
    expect(host.querySelectorAll('li.list-item').length).toBe(WINDOW_FROM);
    expect(host.querySelector('li.list-item')!.hasAttribute('aria-setsize')).toBe(false);
  });
});
