import { useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { Capture } from '@/lib/plan/capture/parse';
import type { OwnerKind, Plan } from '@/lib/plan/types';
import { formatDay } from './format';

export interface ConfirmedStep {
  text: string;
  owner: OwnerKind;
  ownerName: string;
  due: string;
}

let counter = 0;

/**
 * One captured line, read back for a check before it becomes an action item. What the parser
 * was unsure of (whose step, which day) is asked, and Add stays off until it is answered:
 * a wrong owner or date never slips into the recap unseen.
 */
export function PendingStep(props: { capture: Capture; line: string; plan: Plan; onConfirm: (step: ConfirmedStep) => Promise<boolean>; onDiscard: () => void }) {
  const { capture, plan } = props;
  const id = useRef(`pending-${++counter}`).current;
  const askOwner = capture.ask.some((q) => q.about === 'owner');
  const dateQuestion = capture.ask.find((q) => q.about === 'date');
  const [text, setText] = useState(capture.text);
  const [owner, setOwner] = useState<OwnerKind | ''>(askOwner ? '' : capture.owner);
  const [name, setName] = useState(capture.ownerName);
  const [due, setDue] = useState(capture.due);
  const [dateAnswered, setDateAnswered] = useState(!dateQuestion);
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const needs = !owner || !dateAnswered ? t('meetingModeConfirmFirst') : owner === 'other' && !name.trim() ? t('meetingModeNameFirst') : !text.trim() ? t('meetingModeWhatFirst') : '';
  const dateAsk =
    dateQuestion && dateQuestion.about === 'date'
      ? t(dateQuestion.reason === 'invalid' ? 'meetingModeAskDateInvalid' : dateQuestion.reason === 'past' ? 'meetingModeAskDatePast' : 'meetingModeAskDateAmbiguous', capture.dateWords)
      : '';

  return (
    <form
      ref={form}
      class="pending-step"
      aria-labelledby={`${id}-title`}
      onSubmit={async (e) => {
        e.preventDefault();
        if (needs) {
          // Say what is missing and go to it, rather than a silently dead button.
          setTried(true);
          for (const open of ['[aria-invalid="true"]', '.pending-date-question input', `#${id}-name`, `#${id}-what`]) {
            const el = form.current?.querySelector<HTMLElement>(open);
            if (el && (open !== `#${id}-what` || !text.trim())) {
              el.focus();
              break;
            }
          }
          return;
        }
        if (busy) return;
        setBusy(true);
        const ok = await props.onConfirm({ text: text.trim(), owner: owner as OwnerKind, ownerName: owner === 'other' ? name.trim() : '', due });
        if (!ok) setBusy(false);
      }}
    >
      <h3 id={`${id}-title`}>{t('meetingModeCheck')}</h3>
      <p class="pending-line">“{props.line}”</p>
      <div class="field">
        <label for={`${id}-what`}>{t('meetingModeWhat')}</label>
        <input id={`${id}-what`} value={text} onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)} />
      </div>
      <div class="pending-row">
        <div class="field">
          <label for={`${id}-who`}>{t('meetingModeWho')}</label>
          <select
            id={`${id}-who`}
            value={owner}
            aria-describedby={askOwner ? `${id}-who-ask` : undefined}
            aria-invalid={askOwner && !owner ? true : undefined}
            onChange={(e) => setOwner((e.currentTarget as HTMLSelectElement).value as OwnerKind)}
          >
            {askOwner && (
              <option value="" disabled>
                {t('meetingModeChooseOwner')}
              </option>
            )}
            <option value="me">{t('meetingModeOwnerMe')}</option>
            <option value="manager">{plan.managerName.trim() || t('stageMeetingYourManager')}</option>
            <option value="other">{t('meetingModeOwnerOther')}</option>
          </select>
          {askOwner && (
            <p id={`${id}-who-ask`} class="warning">
              {t('meetingModeAskOwner')}
            </p>
          )}
        </div>
        {owner === 'other' && (
          <div class="field">
            <label for={`${id}-name`}>{t('meetingModeTheirName')}</label>
            <input id={`${id}-name`} value={name} onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
          </div>
        )}
        <div class="field">
          <label for={`${id}-due`}>{t('meetingModeDue')}</label>
          <input
            id={`${id}-due`}
            type="date"
            value={due}
            aria-describedby={capture.dateWords && !dateQuestion ? `${id}-due-from` : undefined}
            onInput={(e) => {
              setDue((e.currentTarget as HTMLInputElement).value);
              if ((e.currentTarget as HTMLInputElement).value) setDateAnswered(true);
            }}
          />
          {capture.dateWords && !dateQuestion && (
            <p id={`${id}-due-from`} class="help">
              {t('meetingModeDateFrom', capture.dateWords)}
            </p>
          )}
        </div>
      </div>
      {dateQuestion && dateQuestion.about === 'date' && (
        <fieldset class="pending-date-question">
          <legend class="warning">{dateAsk}</legend>
          {[...dateQuestion.options, ''].map((option) => (
            <label key={option || 'none'} class="choice">
              <input
                type="radio"
                name={`${id}-date`}
                checked={dateAnswered && due === option}
                onChange={() => {
                  setDue(option);
                  setDateAnswered(true);
                }}
              />{' '}
              {option ? formatDay(option) : t('meetingModeNoDate')}
            </label>
          ))}
        </fieldset>
      )}
      <div class="pending-buttons">
        <button type="submit" class="primary" aria-describedby={needs && tried ? `${id}-needs` : undefined} disabled={busy}>
          {t('meetingModeConfirm')}
        </button>
        <button type="button" onClick={props.onDiscard}>
          {t('meetingModeDiscard')}
        </button>
        {needs && tried && (
          <span id={`${id}-needs`} class="warning" role="alert">
            {needs}
          </span>
        )}
      </div>
    </form>
  );
}
