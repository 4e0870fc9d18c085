import { addListItem, moveListItem, removeListItem, updateListItem, type ListPath } from '@/lib/db/plans';
import type { CareerTalkDB } from '@/lib/db/schema';
import type { DraftOp } from '@/lib/db/draft-journal';

/**
 * The add / move / remove handlers a ListEditor needs for one list inside a plan.
 * Every one is a small operation on the stored plan (never a write-back of the
 * copy this page holds), and removal returns an undo that puts the entry back at
 * the index it had.
 */
export function planListOps<T extends { id: string }>(db: CareerTalkDB, planId: string, path: ListPath, make: () => T) {
  return {
    onAdd: async () => {
      const item = make();
      await addListItem(db, planId, path, item);
      return item.id;
    },
    onMove: (id: string, toIndex: number) => moveListItem(db, planId, path, id, toIndex),
    onRemove: async (id: string) => {
      const removed = await removeListItem(db, planId, path, id);
      return removed && (() => addListItem(db, planId, path, removed.item, removed.index));
    },
    /** What a SavingField edits for one text field of one entry (journalled as it is typed). */
    draft: (id: string, field: string): DraftOp => ({ kind: 'list-item', planId, list: path, itemId: id, field }),
    /** What a SavingField edits for one key of a record field of one entry (only that key is written). */
    draftEntry: (id: string, field: string, key: string): DraftOp => ({ kind: 'list-item-entry', planId, list: path, itemId: id, field, key }),
    /** Saves one field of one entry (selects and other non-text values). */
    saveField: (id: string, field: string) => (value: unknown) => updateListItem(db, planId, path, id, { [field]: value }),
  };
}
