import { useState } from 'preact/hooks';
import { ErrorText } from '@/components/common/ErrorText';
import { describeStorageError } from '@/lib/db/errors';
import { addActionItem } from '@/lib/db/plans';
import type { CareerTalkDB } from '@/lib/db/schema';
import { t, uiLanguage } from '@/lib/i18n';
import { CAPTURE_LANGUAGES, parseCapture, type Capture, type CaptureLanguage } from '@/lib/plan/capture/parse';
import type { ActionItem, Plan } from '@/lib/plan/types';
import { isLanguage } from '@/lib/plan/language';
import { localToday, stepLine } from './format';
import { PendingStep } from './PendingStep';

/** Names of the languages in themselves, as a language menu shows them. */
const LANGUAGE_NAMES: Record<CaptureLanguage, string> = { en: 'English', de: 'Deutsch', fr: 'Français', es: 'Español' };

/**
 * The language lines are read in: the plan's email language (the one spoken with this manager,
 * whatever language the browser's interface is in), else the interface language, else English.
 */
export function captureLanguageFor(plan: Pick<Plan, 'emailLanguage'>, ui: string = uiLanguage()): CaptureLanguage {
  const base = (isLanguage(plan.emailLanguage) ? plan.emailLanguage : String(ui).toLowerCase().split(/[-_]/)[0]) as CaptureLanguage;
  return CAPTURE_LANGUAGES.includes(base) ? base : 'en';
}

let nextId = 0;

/** The one box for next steps during the meeting: each line is read, checked by the person, then added. */
export function CaptureBox({ db, plan, actionItems }: { db: CareerTalkDB; plan: Plan; actionItems: ActionItem[] }) {
  const [line, setLine] = useState('');
  // The person may pick another language for their notes; until then it follows the plan (even if changed meanwhile).
  const [picked, setLanguage] = useState<CaptureLanguage>();
  const language = picked ?? captureLanguageFor(plan);
  const [pending, setPending] = useState<{ id: number; line: string; capture: Capture }[]>([]);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  const read = (e: Event) => {
    e.preventDefault();
    const captures = line
      .split(/\n/)
      .map((l) => ({ line: l.trim(), capture: parseCapture(l, language, { today: localToday(), managerName: plan.managerName, myName: plan.myName }) }))
      .filter((c): c is { line: string; capture: Capture } => !!c.capture);
    if (!captures.length) return;
    setPending((p) => [...p, ...captures.map((c) => ({ id: ++nextId, ...c }))]);
    setLine('');
    setStatus('');
  };

  return (
    <section class="card capture-box" aria-labelledby="capture-title">
      <h2 id="capture-title">{t('meetingModeCapture')}</h2>
      <form class="capture-form" onSubmit={read}>
        <div class="field">
          <label for="capture-line" class="visually-hidden">
            {t('meetingModeCapture')}
          </label>
          <input id="capture-line" value={line} autoComplete="off" aria-describedby="capture-help" onInput={(e) => setLine((e.currentTarget as HTMLInputElement).value)} />
          <p id="capture-help" class="help">
            {t('meetingModeCaptureHelp')}
          </p>
        </div>
        <button type="submit">{t('meetingModeCaptureAdd')}</button>
        <div class="field capture-language">
          <label for="capture-language">{t('meetingModeCaptureLanguage')}</label>
          <select id="capture-language" value={language} onChange={(e) => setLanguage((e.currentTarget as HTMLSelectElement).value as CaptureLanguage)}>
            {CAPTURE_LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </div>
      </form>
      {pending.map((p) => (
        <PendingStep
          key={p.id}
          line={p.line}
          capture={p.capture}
          plan={plan}
          onDiscard={() => setPending((all) => all.filter((x) => x.id !== p.id))}
          onConfirm={async (step) => {
            try {
              await addActionItem(db, plan.id, step);
            } catch (err) {
              setError(describeStorageError(err));
              return false;
            }
            setError('');
            setPending((all) => all.filter((x) => x.id !== p.id));
            setStatus(t('meetingModeAdded', step.text));
            return true;
          }}
        />
      ))}
      <ErrorText message={error} />
      <p role="status" class="ok capture-status">
        {status}
      </p>
      <h3>{t('meetingModeNextSteps')}</h3>
      {actionItems.filter((a) => a.text.trim()).length ? (
        <ul class="next-steps" aria-label={t('meetingModeNextSteps')}>
          {actionItems
            .filter((a) => a.text.trim())
            .map((a) => (
              <li key={a.id}>{stepLine(a, plan)}</li>
            ))}
        </ul>
      ) : (
        <p class="list-empty">{t('meetingModeNextStepsEmpty')}</p>
      )}
    </section>
  );
}
