import { agendaSections } from '@/components/planner/stages/AgendaStage';
import { t } from '@/lib/i18n';
import { clock, meetingParts, positionAt, type MeetingPart } from '@/lib/plan/meeting-timeline';
import type { Plan } from '@/lib/plan/types';
import type { useMeetingClock } from './useMeetingClock';

function partLabel(part: MeetingPart, sections: { value: string; label: string }[]): string {
  if (part.kind === 'open') return t('meetingModePartOpen');
  if (part.kind === 'close') return t('meetingModePartClose');
  return part.text || sections.find((s) => s.value === part.section)?.label || '';
}

/** The meeting's time across its parts: where you are, what is left, and when to close. */
export function MeetingTimer({ plan, clock: c }: { plan: Plan; clock: ReturnType<typeof useMeetingClock> }) {
  const minutes = plan.meetingMinutes || 30;
  const parts = meetingParts(plan.agenda, minutes);
  const pos = positionAt(parts, c.elapsed);
  const sections = agendaSections();
  const started = c.elapsed > 0;
  const closing = started && parts[pos.index].kind === 'close';
  return (
    <section class="card meeting-timer" aria-labelledby="meeting-timer-title">
      <div class="meeting-timer-head">
        <h2 id="meeting-timer-title">{t('meetingModeTimer')}</h2>
        <p class="meeting-clock">
          <span class="meeting-clock-time">{clock(c.elapsed)}</span> <span class="help">{t('meetingModeElapsed', minutes)}</span>
        </p>
        <div class="meeting-timer-buttons">
          {c.running ? (
            <button type="button" onClick={c.pause}>
              {t('meetingModeTimerPause')}
            </button>
          ) : (
            <button type="button" class={started ? undefined : 'primary'} onClick={c.start}>
              {started ? t('meetingModeTimerResume') : t('meetingModeTimerStart')}
            </button>
          )}
          {started && (
            <button type="button" class="link" onClick={c.reset}>
              {t('meetingModeTimerReset')}
            </button>
          )}
        </div>
      </div>
      <ol class="meeting-parts" aria-label={t('meetingModeParts')}>
        {parts.map((p, i) => {
          const now = started && i === pos.index;
          return (
            <li key={`${p.kind}-${i}`} class={now ? 'now' : i < pos.index && started ? 'past' : undefined} aria-current={now ? 'step' : undefined}>
              <span class="meeting-part-label">{partLabel(p, sections)}</span>
              <span class="meeting-part-minutes">{t('meetingModePartMinutes', Math.round(p.seconds / 60))}</span>
              {now && <span class="visually-hidden"> {t('meetingModeNow')}</span>}
              {now && pos.left > 0 && <span class="meeting-part-left">{t('meetingModePartLeft', clock(pos.left))}</span>}
            </li>
          );
        })}
      </ol>
      {pos.over > 0 ? <p class="warning">{t('meetingModeOver', clock(pos.over))}</p> : closing && <p class="help">{t('meetingModeTimeToClose')}</p>}
    </section>
  );
}
