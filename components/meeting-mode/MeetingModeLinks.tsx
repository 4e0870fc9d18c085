import { useState } from 'preact/hooks';
import { ErrorText } from '@/components/common/ErrorText';
import { t } from '@/lib/i18n';
import type { Plan } from '@/lib/plan/types';
import { meetingUrl, openMeetingWindow } from './open';
import './meeting-mode-links.css';

/** On the Meeting stage: into meeting mode, in this tab or in a small window beside the call. */
export function MeetingModeLinks({ plan }: { plan: Plan }) {
  const [error, setError] = useState('');
  return (
    <div class="card meeting-mode-links">
      <h3>{t('meetingModeTitle')}</h3>
      <p>{t('meetingModeStageIntro')}</p>
      <div class="meeting-links-buttons">
        <a class="button primary" href={meetingUrl(plan.id)}>
          {t('meetingModeStart')}
        </a>
        <button
          type="button"
          onClick={() =>
            openMeetingWindow(plan.id).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
          }
        >
          {t('meetingModeOpenWindow')}
        </button>
      </div>
      <ErrorText message={error} />
    </div>
  );
}
