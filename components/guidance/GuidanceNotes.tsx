import { checkFraming, checkSpecificity, type FramingCategory, type FramingIssue } from '@/lib/plan/guidance';
import type { GoalKind } from '@/lib/plan/types';
import { t, uiLanguage, type MessageKey } from '@/lib/i18n';
import type { Language } from '@/lib/plan/language';
import { tNodes } from '@/components/common/i18n-nodes';

export interface GuidanceNotesProps {
  text: string;
  kind: 'goal' | 'agenda' | 'draft' | 'text';
  /** For goals: the concrete request, so a vague goal with a real request is not flagged. */
  request?: string;
  /** For goals: the goal's kind, for a tailored hint. */
  goalKind?: GoalKind;
  /** The language the text is written in (the plan's email language); the interface language when omitted. */
  lang?: Language;
}

const CATEGORY_TITLES: Record<FramingCategory, MessageKey> = {
  pay: 'guidancePayTitle',
  promotion: 'guidancePromotionTitle',
  review: 'guidanceReviewTitle',
};

/** Groups issues by category so each explanation is shown once with all its terms. */
function byCategory(issues: FramingIssue[]): [FramingCategory, FramingIssue[]][] {
  const groups = new Map<FramingCategory, FramingIssue[]>();
  for (const issue of issues) groups.set(issue.category, [...(groups.get(issue.category) ?? []), issue]);
  return [...groups.entries()];
}

/**
 * Inline guidance under a goal, agenda item or draft. Renders nothing when the text
 * is fine. It is a quiet note (role="note"), not an alert: it updates as the person
 * types, and a screen reader should not interrupt them on every keystroke.
 * All text is rendered as text nodes (never as HTML).
 */
export function GuidanceNotes(props: GuidanceNotesProps) {
  const lang = props.lang ?? uiLanguage();
  const framing = checkFraming(props.kind === 'goal' ? `${props.text}\n${props.request ?? ''}` : props.text, lang);
  const specificity =
    props.kind === 'goal'
      ? checkSpecificity({ text: props.text, request: props.request ?? '', kind: props.goalKind ?? 'other' }, lang)
      : undefined;
  if (!framing.length && !specificity) return null;

  return (
    <div class="warning guidance-notes" role="note" aria-label={t('guidanceLabel')}>
      {byCategory(framing).map(([category, issues]) => (
        <div class="guidance-framing" key={category} data-category={category}>
          <p>
            {tNodes(
              'guidanceFramingTerms',
              <strong>{t('guidanceTitleColon', t(CATEGORY_TITLES[category]))}</strong>,
              issues.map((issue, i) => (
                <span key={issue.index}>
                  {i > 0 && t('guidanceTermSeparator')}
                  {t('guidanceQuotedTerm', issue.term)}
                </span>
              )),
            )}
          </p>
          <p>{t(issues[0].explanationKey)}</p>
        </div>
      ))}
      {specificity && (
        <div class="guidance-specificity">
          <p>
            {t(specificity.messageKey, ...specificity.messageSubs)}
            {specificity.hintKey && ` ${t(specificity.hintKey)}`}
          </p>
          <p>{t('guidanceForExample')}</p>
          <ul>
            {specificity.suggestionKeys.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
