import type { ComponentChildren } from 'preact';
import { SavingField } from '@/components/common/SavingField';
import { ListEditor } from '@/components/common/ListEditor';
import type { ListPath } from '@/lib/db/plans';
import type { CareerTalkDB } from '@/lib/db/schema';
import { newEntry } from '@/lib/plan/factory';
import type { TextEntry } from '@/lib/plan/types';
import { planListOps } from './list-ops';

/** A list of short free-text entries (strengths, interests, takeaways…) in a plan. */
export function TextListEditor(props: {
  db: CareerTalkDB;
  planId: string;
  path: ListPath;
  items: TextEntry[];
  title: string;
  itemName: string;
  help?: ComponentChildren;
  empty?: string;
  placeholder?: string;
  multiline?: boolean;
  /** Extra content under each entry (e.g. guidance notes). */
  after?: (item: TextEntry) => ComponentChildren;
}) {
  const ops = planListOps(props.db, props.planId, props.path, () => newEntry(''));
  return (
    <ListEditor
      title={props.title}
      itemName={props.itemName}
      items={props.items}
      help={props.help}
      empty={props.empty}
      describe={(e) => e.text}
      onAdd={ops.onAdd}
      onMove={ops.onMove}
      onRemove={ops.onRemove}
      renderItem={(entry, _i, label) => (
        <>
          <SavingField
            label={label}
            hideLabel
            value={entry.text}
            placeholder={props.placeholder}
            multiline={props.multiline}
            rows={2}
            draft={ops.draft(entry.id, 'text')}
          />
          {props.after?.(entry)}
        </>
      )}
    />
  );
}
