import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
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

  const rowOf = (id: string) => list.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"]`) ?? null;
  const indexOf = (id: string) => props.items.findIndex((x) => x.id === id);

  const add = async () => {
    const id = await run(props.onAdd);
    if (id) focusElement(await whenReady(() => rowOf(id) && firstControl(rowOf(id)!)));
  };

  const move = async (id: string, by: -1 | 1) => {
    const to = indexOf(id) + by;
    if (to < 0 || to >= props.items.length) return;
    await run(() => props.onMove(id, to));
    // Keep focus on the same button of the moved entry once the list has re-rendered.
    const moved = await whenReady(() => {
      const row = rowOf(id);
      return row && Array.prototype.indexOf.call(list.current?.children ?? [], row) === to ? row : null;
    });
    if (!moved) return;
    const want = moved.querySelector<HTMLButtonElement>(`[data-list-action="${by < 0 ? 'up' : 'down'}"]`);
    const other = moved.querySelector<HTMLButtonElement>(`[data-list-action="${by < 0 ? 'down' : 'up'}"]`);
    focusElement(want && !want.disabled ? want : other);
  };

  const remove = async (item: T) => {
    const index = indexOf(item.id);
    const neighbourId = props.items[index + 1]?.id ?? props.items[index - 1]?.id;
    const text = props.describe(item).trim();
    const restore = await run(() => props.onRemove(item.id));
    if (!restore) return;
    offerUndo({
      message: text ? t('commonDeletedItem', props.itemName, truncate(text)) : t('commonDeletedEmptyItem', props.itemName),
      undo: async () => {
        await restore();
        focusElement(await whenReady(() => rowOf(item.id)?.querySelector<HTMLElement>('[data-list-action="delete"]')));
      },
    });
    // Focus stays in the list: on the entry that took its place, else the Add button.
    const next = neighbourId ? await whenReady(() => rowOf(neighbourId)?.querySelector<HTMLElement>('[data-list-action="delete"]')) : null;
    focusElement(next ?? addButton.current);
  };

  const label = (index: number) => t('commonItemLabel', capitalize(props.itemName), index + 1);

  return (
    <section class={`list-editor list-editor-${props.variant ?? 'rows'}`} aria-labelledby={headingId}>
      <Heading id={headingId}>{props.title}</Heading>
      {props.help && <div class="help">{props.help}</div>}
      {props.items.length === 0 && props.empty && <p class="list-empty">{props.empty}</p>}
      <ol ref={list} class="list-items" aria-labelledby={headingId}>
        {props.items.map((item, index) => (
          <li key={item.id} class="list-item" data-item-id={item.id}>
            <div class="list-item-body">{props.renderItem(item, index, label(index))}</div>
            <div class="list-item-actions" role="group" aria-label={t('commonItemActions', label(index))}>
              <button type="button" data-list-action="up" disabled={index === 0} onClick={() => move(item.id, -1)}>
                {t('commonMoveUp')}<span class="visually-hidden"> {label(index).toLowerCase()}</span>
              </button>
              <button
                type="button"
                data-list-action="down"
                disabled={index === props.items.length - 1}
                onClick={() => move(item.id, 1)}
              >
                {t('commonMoveDown')}<span class="visually-hidden"> {label(index).toLowerCase()}</span>
              </button>
              <button type="button" class="danger" data-list-action="delete" onClick={() => remove(item)}>
                {t('commonDelete')}<span class="visually-hidden"> {label(index).toLowerCase()}</span>
              </button>
            </div>
          </li>
        ))}
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

function truncate(text: string, max = 60): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
