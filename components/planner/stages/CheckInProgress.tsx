import { memo } from 'preact/compat';
import { useRef } from 'preact/hooks';
import { SavingField } from '@/components/common/SavingField';
import { SelectField } from '@/components/common/SelectField';
import { useWindowedRange, WINDOW_FROM } from '@/components/common/useWindowedRange';
import { tabAcrossWindow } from '@/components/common/windowed-tab';
import type { DraftOp } from '@/lib/db/draft-journal';
import { updateActionItem } from '@/lib/db/plans';
import type { CareerTalkDB } from '@/lib/db/schema';
import type { ActionItem, ActionStatus, CheckIn } from '@/lib/plan/types';
import { t } from '@/lib/i18n';

const NO_IDS: string[] = [];

/** Height of one progress row before any has been measured. */
const ROW_GUESS_PX = 72;

interface ProgressRowProps {
  db: CareerTalkDB;
  item: ActionItem;
  n: number;
  value: string;
  checkInLabel: string;
  draft: DraftOp;
  statuses: { value: ActionStatus; label: string }[];
}

/** One action item's progress in one check-in, and its status (the action item's own). */
const ProgressRow = memo(
  function ProgressRow({ db, item, n, value, checkInLabel, draft, statuses }: ProgressRowProps) {
    const name = item.text.trim() || t('stageCheckInsActionItemN', n + 1);
    return (
      <div class="progress-row" data-item-id={item.id}>
        <SavingField
          label={t('stageCheckInsProgressLabel', name)}
          value={value}
          wrap
          // Writes only this action item's key of the check-in's progress, so edits of
          // other action items (here or in another page) are never overwritten.
          draft={draft}
        />
        {/* Where progress is logged, its status can move on too (it is the action item's own). */}
        <SelectField
          label={t('stageCheckInsStatusLabel', checkInLabel, name)}
          hideLabel
          value={item.status}
          options={statuses}
          save={(status) => updateActionItem(db, item.id, { status })}
        />
      </div>
    );
  },
  // The draft op and the status options are made afresh on each render of the check-in; they
  // describe the same thing as long as the item, its place and the check-in are the same.
  (a, b) => a.item === b.item && a.n === b.n && a.value === b.value && a.checkInLabel === b.checkInLabel && a.db === b.db,
);

/**
 * Progress on every action item in one check-in. A plan may have 2,000 action items: past
 * WINDOW_FROM, only the rows on screen are rendered (the page keeps its own scroll), and a
 * row re-renders only when its action item or its progress text changed.
 */
export function CheckInProgress(props: {
  db: CareerTalkDB;
  checkIn: CheckIn;
  checkInLabel: string;
  actionItems: ActionItem[];
  draftEntry: (actionItemId: string) => DraftOp;
  statuses: { value: ActionStatus; label: string }[];
}) {
  const { db, checkIn, checkInLabel, actionItems, draftEntry, statuses } = props;
  const list = useRef<HTMLDivElement>(null);
  const windowed = actionItems.length > WINDOW_FROM;
  const ids = windowed ? actionItems.map((a) => a.id) : NO_IDS;
  // A page holds a check-in's progress list per check-in (20 of 1,000 rows each): each renders
  // only what is on screen from the first frame on, and one row at its edge when off screen
  // (Tab walks on into the rest: tabAcrossWindow).
  const range = useWindowedRange(list, ids, windowed, { firstGuessPx: ROW_GUESS_PX, initialRows: 0, offscreenRows: 1 });
  const shown = windowed ? actionItems.slice(range.start, range.end) : actionItems;
  const first = windowed ? range.start : 0;
  return (
    <fieldset class="progress">
      <legend>{t('stageCheckInsProgressLegend')}</legend>
      <div
        ref={list}
        class="progress-rows"
        style={windowed ? { paddingTop: `${range.padTop}px`, paddingBottom: `${range.padBottom}px` } : undefined}
        onKeyDown={windowed ? (e) => tabAcrossWindow(e, list.current, ids, range.reveal) : undefined}
      >
        {shown.map((a, k) => (
          <ProgressRow
            key={a.id}
            db={db}
            item={a}
            n={first + k}
            value={checkIn.progress[a.id] ?? ''}
            checkInLabel={checkInLabel}
            draft={draftEntry(a.id)}
            statuses={statuses}
          />
        ))}
      </div>
    </fieldset>
  );
}
