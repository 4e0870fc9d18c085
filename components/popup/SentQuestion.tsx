import { useState } from 'preact/hooks';
import type { CareerTalkDB } from '@/lib/db/schema';
import type { EmailKind, Plan } from '@/lib/plan/types';
import { answerSentQuestion, sentQuestion, type SentQuestion as Question } from '@/lib/db/sent-question';
import { describeStorageError } from '@/lib/db/errors';
import { useLiveQuery } from '@/components/hooks/useLiveQuery';
import { ErrorText } from '@/components/common/ErrorText';
import { t, type MessageKey } from '@/lib/i18n';

const ASK: Record<EmailKind, MessageKey> = {
  'meeting-request': 'popupSentAskMeetingRequest',
  agenda: 'popupSentAskAgenda',
  recap: 'popupSentAskRecap',
  'check-in': 'popupSentAskCheckIn',
};

/**
 * "Did you send the recap?" for an email CareerTalk wrote into a draft (or copied) but did not
 * see being sent. Only the person's answer, or the compose's own Send, makes it "sent".
 */
export function SentQuestion({ db, plan }: { db: CareerTalkDB; plan: Plan }) {
  const question = useLiveQuery(() => sentQuestion(db, plan), [db, plan]);
  const [error, setError] = useState('');
  if (question.status !== 'ready' || !question.value) return null;
  const q: Question = question.value;
  const answer = async (sent: boolean) => {
    try {
      await answerSentQuestion(db, plan.id, q, sent);
      setError('');
    } catch (e) {
      setError(describeStorageError(e));
    }
  };
  return (
    <section class="sent-question" aria-labelledby="sent-question-title" data-kind={q.kind}>
      <p id="sent-question-title">
        <strong>{t(ASK[q.kind])}</strong> {t('popupSentHelp')}
      </p>
      <div class="sent-question-actions">
        <button type="button" class="primary" onClick={() => answer(true)}>
          {t('popupSentYes')}
        </button>
        <button type="button" onClick={() => answer(false)}>
          {t('popupSentNotYet')}
        </button>
      </div>
      <ErrorText message={error} />
    </section>
  );
}
