import type { ComponentChildren } from 'preact';
import { memo } from 'preact/compat';
import { useRef } from 'preact/hooks';
import { useWindowedRange, WINDOW_FROM } from './useWindowedRange';
import { firstControl, focusElement, whenReady } from './focus';
import { useStorageAction } from './useStorageAction';
import { useUndo } from './UndoToast';
import { t } from '@/lib/i18n';
import { ErrorText } from './ErrorText';
import { MAX_LIST_ITEMS } from '@/lib/plan/limits';

export interface ListEditorProps<T extends { id: string }> {
  /** Heading of the list, e.g. "Strengths"; also names the list for assistive tech. */
  title: string;
  /** One entry, lower case, e.g. "strength": used for "Add strength" and "Strength 2". */
  itemName: string;
  items: T[];
  help?: ComponentChildren;
  /** Shown when the list is empty. */
  empty?: string;
  /** Short text naming an entry in the undo toast ("Deleted “…”"). */
  describe: (item: T) => string;
  /** The entry's fields; `label` is e.g. "Strength 2" for labelling them. */
  renderItem: (item: T, index: number, label: string) => ComponentChildren;
  /** Adds an entry at the end and returns its id, so focus can move to it. */
  onAdd: () => Promise<string>;
  onMove: (id: string, toIndex: number) => Promise<unknown>;
  /** Removes an entry and returns how to put it back (at the same place). */
  onRemove: (id: string) => Promise<(() => Promise<unknown>) | undefined>;
  /** Heading level inside the stage (h3 by default). */
  level?: 2 | 3 | 4;
  /** Most entries the list takes (MAX_LIST_ITEMS, the cap an import is held to, unless given). */
  max?: number;
  /** Extra class for the list (e.g. cards). */
  variant?: 'rows' | 'cards';
  /**
   * Anything besides the entry itself that `renderItem` shows (e.g. the plan's action
   * items in a check-in). Given these, a row re-renders only when its entry, its place or
   * these change (a long list does so even without them: its rows show only their entry).
   */
  rowDeps?: readonly unknown[];
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Add, edit, reorder and delete entries of one list, by mouse or keyboard alone.
 * Reordering uses plain "Move up" / "Move down" buttons (no drag and drop to
 * learn); focus follows the moved entry. Delete offers Undo in the page's toast.
 */
export function ListEditor<T extends { id: string }>(props: ListEditorProps<T>) {
  const list = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const [run, error] = useStorageAction();
  const offerUndo = useUndo();
  const Heading = `h${props.level ?? 3}` as 'h3';
  const headingId = useRef(`list-${Math.random().toString(36).slice(2, 9)}`).current;
  // Rows of a long list keep the handlers they were rendered with: read the newest props here.
  const latest = useRef(props);
  latest.current = props;
  // A long list renders only the rows on screen, and a row only when its entry changed.
  const windowed = props.items.length > WINDOW_FROM;
  const range = useWindowedRange(list, windowed ? props.items.map((x) => x.id) : [], windowed);

  const rowOf = (id: string) => list.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"]`) ?? null;
  const indexOf = (id: string) => latest.current.items.findIndex((x) => x.id === id);
  const reveal = (id: string) => {
    if (latest.current.items.length > WINDOW_FROM) range.reveal(id);
  };

  const add = async () => {
    const id = await run(latest.current.onAdd);
    if (!id) return;
    const row = await whenReady(() => (reveal(id), rowOf(id)));
    focusElement(row && firstControl(row));
  };

  const move = async (id: string, by: -1 | 1) => {
    const to = indexOf(id) + by;
    if (to < 0 || to >= latest.current.items.length) return;
    await run(() => latest.current.onMove(id, to));
    // Keep focus on the same button of the moved entry once the list has re-rendered.
    const moved = await whenReady(() => {
      const row = rowOf(id);
      return row && row.dataset.index === String(to) ? row : null;
    });
    if (!moved) return;
    const want = moved.querySelector<HTMLButtonElement>(`[data-list-action="${by < 0 ? 'up' : 'down'}"]`);
    const other = moved.querySelector<HTMLButtonElement>(`[data-list-action="${by < 0 ? 'down' : 'up'}"]`);
    focusElement(want && !want.disabled ? want : other);
  };

  const remove = async (item: T) => {
    const { items, describe, itemName } = latest.current;
    const index = indexOf(item.id);
    const neighbourId = items[index + 1]?.id ?? items[index - 1]?.id;
    const text = describe(item).trim();
    const restore = await run(() => latest.current.onRemove(item.id));
    if (!restore) return;
    offerUndo({
      message: text ? t('commonDeletedItem', itemName, truncate(text)) : t('commonDeletedEmptyItem', itemName),
      undo: async () => {
        await restore();
        focusElement(await whenReady(() => (reveal(item.id), rowOf(item.id)?.querySelector<HTMLElement>('[data-list-action="delete"]'))));
      },
    });
    // Focus stays in the list: on the entry that took its place, else the Add button.
    const next = neighbourId
      ? await whenReady(() => (reveal(neighbourId), rowOf(neighbourId)?.querySelector<HTMLElement>('[data-list-action="delete"]')))
      : null;
    focusElement(next ?? addButton.current);
  };

  const label = (index: number) => t('commonItemLabel', capitalize(props.itemName), index + 1);
  // A list that names what its rows show besides their entry gets memoised rows at any length:
  // a keystroke in one check-in then re-renders that check-in, not every check-in's progress list.
  const Row = windowed || props.rowDeps ? MemoRow : ListRow;
  const shown = windowed ? props.items.slice(range.start, range.end) : props.items;

  return (
    <section class={`list-editor list-editor-${props.variant ?? 'rows'}`} aria-labelledby={headingId}>
      <Heading id={headingId}>{props.title}</Heading>
      {props.help && <div class="help">{props.help}</div>}
      {props.items.length === 0 && props.empty && <p class="list-empty">{props.empty}</p>}
      <ol
        ref={list}
        class="list-items"
        aria-labelledby={headingId}
        start={windowed ? range.start + 1 : undefined}
        style={windowed ? { paddingTop: `${range.padTop}px`, paddingBottom: `${range.padBottom}px` } : undefined}
      >
        {shown.map((item, k) => {
          const index = windowed ? range.start + k : k;
          return (
            <Row
              key={item.id}
              item={item}
              index={index}
              count={props.items.length}
              label={label(index)}
              windowed={windowed}
              deps={props.rowDeps}
              renderItem={props.renderItem as ListRowProps['renderItem']}
              onMove={move}
              onRemove={remove as unknown as ListRowProps['onRemove']}
            />
          );
        })}
      </ol>
      <ErrorText message={error} />
      {props.items.length >= (props.max ?? MAX_LIST_ITEMS) ? (
        <p class="help list-full">{t('commonListFull', props.max ?? MAX_LIST_ITEMS)}</p>
      ) : (
        <button type="button" ref={addButton} class="list-add" onClick={add}>
          {t('commonAddItem', props.itemName)}
        </button>
      )}
    </section>
  );
}

interface ListRowProps {
  item: { id: string };
  index: number;
  count: number;
  label: string;
  windowed: boolean;
  deps?: readonly unknown[];
  renderItem: (item: { id: string }, index: number, label: string) => ComponentChildren;
  onMove: (id: string, by: -1 | 1) => void;
  onRemove: (item: { id: string }) => void;
}

function ListRow({ item, index, count, label, windowed, renderItem, onMove, onRemove }: ListRowProps) {
  return (
    <li
      class="list-item"
      data-item-id={item.id}
      data-index={index}
      aria-posinset={windowed ? index + 1 : undefined}
      aria-setsize={windowed ? count : undefined}
    >
      <div class="list-item-body">{renderItem(item, index, label)}</div>
      <div class="list-item-actions" role="group" aria-label={t('commonItemActions', label)}>
        <button type="button" data-list-action="up" disabled={index === 0} onClick={() => onMove(item.id, -1)}>
          {t('commonMoveUp')}<span class="visually-hidden"> {label.toLowerCase()}</span>
        </button>
        <button type="button" data-list-action="down" disabled={index === count - 1} onClick={() => onMove(item.id, 1)}>
          {t('commonMoveDown')}<span class="visually-hidden"> {label.toLowerCase()}</span>
        </button>
        <button type="button" class="danger" data-list-action="delete" onClick={() => onRemove(item)}>
          {t('commonDelete')}<span class="visually-hidden"> {label.toLowerCase()}</span>
        </button>
      </div>
    </li>
  );
}

const shallowEqual = (a: object, b: object, same: (x: unknown, y: unknown) => boolean = Object.is) => {
  if (a === b) return true;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
};

/**
 * The same entry as far as its row shows it: equal fields, and nested records (a check-in's
 * progress per action item) equal field by field. Every read of the plan hands over fresh
 * objects, so comparing by identity would re-render every row on every keystroke.
 */
const sameEntry = (a: object, b: object) =>
  shallowEqual(a, b, (x, y) => x === y || (typeof x === 'object' && typeof y === 'object' && x !== null && y !== null && shallowEqual(x, y)));

/** A row of a long list re-renders only when its entry, place or extra inputs changed (not on every keystroke elsewhere). */
const MemoRow = memo(
  ListRow,
  (a, b) =>
    a.index === b.index &&
    a.count === b.count &&
    a.label === b.label &&
    sameEntry(a.item, b.item) &&
    (a.deps ?? []).length === (b.deps ?? []).length &&
    (a.deps ?? []).every((d, i) => d === b.deps![i]),
);

function truncate(text: string, max = 60): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
