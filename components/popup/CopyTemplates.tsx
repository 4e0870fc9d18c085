import { Component } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { uiLanguage, t } from '@/lib/i18n';
import { forLanguage } from '@/lib/templates/user-templates';
import { emailLanguageOf } from '@/lib/templates/render';
import { templateErrorText } from '@/lib/template-errors';
import { templateName } from '@/lib/template-names';
import type { StageProps } from '@/components/planner/stage-props';
import { useLiveQuery } from '@/components/hooks/useLiveQuery';
import { useSettledValue } from '@/components/hooks/useSettledValue';
import { describeStorageError } from '@/lib/db/errors';
import { listActionItems, recordEmail } from '@/lib/db/plans';
import { draftRecord } from '@/lib/plan/emails';
import { allTemplates } from '@/lib/db/templates';
import { BUILTIN_TEMPLATES, renderTemplate, type TemplateDef } from '@/lib/templates';
import { choicesFor } from '@/lib/db/email-choices';
import { reviewRendered } from '@/lib/email-review';
import { EmailReview } from '@/components/review/EmailReview';
import { useWindowedRange, WINDOW_FROM } from '@/components/common/useWindowedRange';
import { tabAcrossWindow } from '@/components/common/windowed-tab';
import type { CareerTalkDB } from '@/lib/db/schema';
import type { ActionItem, Plan } from '@/lib/plan/types';
import type { Finding } from '@/lib/templates/review';
import '@/components/templates/templates.css';

/**
 * Puts an email on the clipboard as both HTML (a rich paste in webmail keeps the
 * lists) and plain text (a paste anywhere else). Falls back to plain text where
 * ClipboardItem is unavailable.
 */
export async function copyEmail(html: string, text: string): Promise<void> {
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
      return;
    } catch {
      // Some browsers refuse HTML on the clipboard: plain text is better than nothing.
    }
  }
  await navigator.clipboard.writeText(text);
}

/** Height of one row before any has been measured (name and Copy button on one line). */
const ROW_GUESS_PX = 44;
/** How long one render spends reviewing rows before leaving the rest to the next (a task, so the popup paints between). */
const REVIEW_BUDGET_MS = 12;
const NO_IDS: string[] = [];

interface Reviewed {
  findings?: Finding[];
  error?: string;
}
/** A row not reviewed yet: its name and Copy button, the review a moment later. */
const NOT_YET: Reviewed = {};

/** One email rendered for the plan and reviewed (over every action item: milliseconds in a big plan). */
function reviewTemplate(tpl: TemplateDef, plan: Plan, actionItems: ActionItem[]): Reviewed {
  try {
    const choices = choicesFor(plan, tpl.id);
    const r = renderTemplate(tpl, plan, actionItems, { locale: navigator.language, choices });
    return { findings: reviewRendered(r, plan, actionItems, choices, emailLanguageOf(plan, { locale: navigator.language })) };
  } catch (e) {
    return { error: templateErrorText(e) };
  }
}

/**
 * The popup's list of templates, each with a Copy button and what the plan still lacks for it.
 * The person may have 500 templates (the import cap): past WINDOW_FROM only the rows on screen
 * are rendered (the popup keeps its own scroll; each row keeps its place in the list for
 * assistive tech; Tab walks on into rows not yet rendered), and only those rows' emails are
 * rendered and reviewed, each once for the plan as it stands (scrolling back reuses it).
 */
export function CopyTemplates(props: StageProps & { itemsLoading?: boolean }) {
  const { db, plan, actionItems, itemsLoading = false } = props;
  const list = useLiveQuery(() => allTemplates(db), [db]);
  const [status, setStatus] = useState<CopyStatus | undefined>();
  const all = list.status === 'ready' ? list.value : BUILTIN_TEMPLATES;
  const lang = emailLanguageOf(plan, { defaultLanguage: uiLanguage() });
  const templates = useMemo(() => forLanguage(all, lang), [all, lang]);

  // Each template rendered and reviewed over every action item (2,000 in a big plan) costs
  // milliseconds: a keystroke in the popup's fields does not wait for it; the reviews follow
  // once typing pauses. Copy renders afresh, so what is copied is never a keystroke behind.
  const now = useMemo(() => ({ plan, actionItems, itemsLoading }), [plan, actionItems, itemsLoading]);
  const quiet = useSettledValue(() => now, [now], 120);
  // The action items just arrived: the reviews start at once, not after the quiet time.
  const settled = quiet.itemsLoading && !itemsLoading ? now : quiet;
  // Reviews of the rows shown, each kept until the plan (as settled) or its text changes. A render
  // reviews rows for REVIEW_BUDGET_MS at most and the next one goes on, so no task blocks the
  // popup for long; meanwhile a row keeps its earlier review (no flicker), or shows none yet.
  const reviews = useRef(new Map<string, { tpl: TemplateDef; of: typeof settled; value: Reviewed }>()).current;
  const [, setPass] = useState(0);
  // The first render lists the rows (name and Copy) without reviewing any: with a big plan one
  // review alone can take longer than a frame, and the list need not wait for it.
  const mounted = useRef(false);
  useEffect(() => void (mounted.current = true), []);
  const deadline = mounted.current ? performance.now() + REVIEW_BUDGET_MS : -Infinity;
  let unfinished = false;
  const reviewOf = (tpl: TemplateDef): Reviewed => {
    // Reviews read the action items: the rows are listed before those are read, the reviews after.
    if (settled.itemsLoading) return NOT_YET;
    const had = reviews.get(tpl.id);
    if (had && had.of === settled && sameSource(had.tpl, tpl)) return had.value;
    if (performance.now() > deadline) {
      unfinished = true;
      return had && sameSource(had.tpl, tpl) ? had.value : NOT_YET;
    }
    const value = reviewTemplate(tpl, settled.plan, settled.actionItems);
    reviews.set(tpl.id, { tpl, of: settled, value });
    return value;
  };
  useEffect(() => {
    if (!unfinished) return;
    const timer = setTimeout(() => setPass((n) => n + 1), 0);
    return () => clearTimeout(timer);
  });

  const listEl = useRef<HTMLUListElement>(null);
  const windowed = templates.length > WINDOW_FROM;
  const ids = useMemo(() => templates.map((x) => x.id), [templates]);
  const range = useWindowedRange(listEl, windowed ? ids : NO_IDS, windowed, ROW_GUESS_PX);
  const shown = windowed ? templates.slice(range.start, range.end) : templates;

  // Rows keep the handler they were rendered with: it reads the newest plan here.
  const latest = useRef(props);
  latest.current = props;
  const copy = useRef(async (tpl: TemplateDef) => {
    const { db, plan, actionItems, itemsLoading } = latest.current;
    try {
      // Clicked before the popup has read the action items: read them for this email.
      const items = itemsLoading ? await listActionItems(db, plan.id) : actionItems;
      const r = renderTemplate(tpl, plan, items, { locale: navigator.language, choices: choicesFor(plan, tpl.id) });
      await copyEmail(r.html, r.text);
      setStatus({ id: tpl.id, text: t('copyDone') });
    } catch (e) {
      setStatus({ id: tpl.id, text: t('copyFailed', templateErrorText(e)), error: true });
      return;
    }
    if (tpl.kind) {
      try {
        await recordEmail(db, plan.id, draftRecord(tpl.kind, tpl.id, 'clipboard'));
      } catch (e) {
        setStatus({ id: tpl.id, text: t('copyNotRecorded', describeStorageError(e)), error: true });
      }
    }
  }).current;

  return (
    <section class="copy-templates-section" aria-labelledby="copy-templates-title">
      <h2 id="copy-templates-title">{t('copyTitle')}</h2>
      <ul
        class="copy-templates"
        ref={listEl}
        onKeyDown={windowed ? (e) => tabAcrossWindow(e, listEl.current, ids, range.reveal) : undefined}
        style={windowed ? { paddingTop: `${range.padTop}px`, paddingBottom: `${range.padBottom}px` } : undefined}
      >
        {shown.map((tpl, k) => (
          <CopyRow
            key={tpl.id}
            db={db}
            planId={plan.id}
            tpl={tpl}
            name={templateName(tpl)}
            reviewed={reviewOf(tpl)}
            status={status?.id === tpl.id ? status : undefined}
            place={windowed ? { index: range.start + k, count: templates.length } : undefined}
            onCopy={copy}
          />
        ))}
      </ul>
    </section>
  );
}

interface CopyStatus {
  id: string;
  text: string;
  error?: boolean;
}

/** The same email text (the live query hands over fresh objects for unchanged templates). */
const sameSource = (a: TemplateDef, b: TemplateDef) => a === b || (a.subject === b.subject && a.body === b.body && a.language === b.language && a.kind === b.kind);

interface CopyRowProps {
  db: CareerTalkDB;
  planId: string;
  tpl: TemplateDef;
  name: string;
  reviewed: Reviewed;
  status?: CopyStatus;
  /** Place in the whole list, only when not every row is rendered. */
  place?: { index: number; count: number };
  onCopy: (tpl: TemplateDef) => void;
}

/**
 * One template's row; re-renders only when its name, review, copy status or place changes.
 * (A class rather than preact/compat's memo, which would bring all of compat into the popup.)
 */
class CopyRow extends Component<CopyRowProps> {
  shouldComponentUpdate(next: CopyRowProps): boolean {
    const a = this.props;
    return !(
      a.tpl.id === next.tpl.id &&
      a.tpl.name === next.tpl.name &&
      a.name === next.name &&
      a.reviewed === next.reviewed &&
      a.status === next.status &&
      a.db === next.db &&
      a.planId === next.planId &&
      a.place?.index === next.place?.index &&
      a.place?.count === next.place?.count
    );
  }

  render({ db, planId, tpl, name, reviewed, status, place, onCopy }: CopyRowProps) {
    return (
      <li data-item-id={tpl.id} data-review={reviewed === NOT_YET ? 'pending' : undefined} aria-posinset={place && place.index + 1} aria-setsize={place?.count}>
        <span class="copy-name" id={`copy-name-${tpl.id}`}>
          {name}
        </span>
        <button type="button" aria-label={t('copyButtonLabel', name)} disabled={!!reviewed.error} onClick={() => onCopy(tpl)}>
          {t('copyButton')}
        </button>
        {/* Always present, so screen readers announce "Copied" when it appears. */}
        <span class={status ? (status.error ? 'error' : 'ok') : undefined} role="status" data-template-id={tpl.id}>
          {status ? status.text : ''}
        </span>
        {reviewed.error ? (
          <p class="copy-missing">{reviewed.error}</p>
        ) : (
          reviewed.findings && <EmailReview db={db} planId={planId} templateId={tpl.id} findings={reviewed.findings} emailName={tpl.name} />
        )}
      </li>
    );
  }
}
