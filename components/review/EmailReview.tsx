import { useState } from 'preact/hooks';
import type { CareerTalkDB } from '@/lib/db/schema';
import { applyEmailFix } from '@/lib/db/email-choices';
import { describeStorageError } from '@/lib/db/errors';
import type { Finding, Fix } from '@/lib/templates/review';
import { ErrorText } from '@/components/common/ErrorText';
import { t } from '@/lib/i18n';
import './review.css';

interface Props {
  db: CareerTalkDB;
  planId: string;
  templateId: string;
  findings: Finding[];
  /** For ids and labels: which email this review is about. */
  emailName: string;
}

/**
 * The review of one email before it goes out: what the guidance found (pay or promotion talk,
 * a vague request, a placeholder) and a one-click fix for each. A fix is remembered for this
 * email; the live query re-renders it at once. Nothing is blocked.
 */
export function EmailReview({ db, planId, templateId, findings, emailName }: Props) {
  const [error, setError] = useState('');
  const [dateFor, setDateFor] = useState<string | undefined>();
  if (!findings.length) return null;
  const apply = async (fix: Fix, due?: string) => {
    try {
      await applyEmailFix(db, planId, templateId, fix, due);
      setError('');
      setDateFor(undefined);
    } catch (e) {
      setError(describeStorageError(e));
    }
  };
  return (
    <div class="email-review" role="group" aria-label={`${t('reviewTitle')}: ${emailName}`} data-template-id={templateId}>
      <ul>
        {findings.map((f) => (
          <li key={f.id} data-finding={f.kind}>
            <span class="email-review-text">{t(f.key, ...f.subs)}</span>
            <span class="email-review-fixes">
              {f.fixes.map(({ fix, key, subs }, i) =>
                fix.type === 'set-due' && dateFor === f.id ? (
                  <input
                    key={i}
                    type="date"
                    aria-label={t('reviewDueDateFor', f.subs[0])}
                    ref={(el) => el?.focus()}
                    onChange={(e) => {
                      const value = (e.currentTarget as HTMLInputElement).value;
                      if (value) void apply(fix, value);
                    }}
                  />
                ) : (
                  <button key={i} type="button" class={fix.type === 'keep-as-is' ? 'link' : undefined} onClick={() => (fix.type === 'set-due' ? setDateFor(f.id) : void apply(fix))}>
                    {t(key, ...subs)}
                  </button>
                ),
              )}
            </span>
          </li>
        ))}
      </ul>
      <ErrorText message={error} />
    </div>
  );
}
