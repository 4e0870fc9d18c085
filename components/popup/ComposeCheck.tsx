import { useEffect, useState } from 'preact/hooks';
import { askComposeCheck } from '@/lib/compose-check';
import type { ComposeCheck as Check } from '@/lib/webmail/report';
import { t, type MessageKey } from '@/lib/i18n';

const PARTS: [keyof NonNullable<Check['parts']>, MessageKey][] = [
  ['body', 'popupComposeBody'],
  ['subject', 'popupComposeSubject'],
  ['to', 'popupComposeTo'],
  ['send', 'popupComposeSend'],
];

/**
 * "Compose check", shown when the active tab is Gmail or Outlook: how many compose windows the
 * page's CareerTalk found, and for the one the person was writing in, which parts were found and
 * by which signal (or that the floating button is in use). "Copy report" copies the page's
 * structure only, for a bug report.
 */
export function ComposeCheck() {
  const [check, setCheck] = useState<Check | null>(null);
  const [copied, setCopied] = useState('');
  useEffect(() => {
    let live = true;
    void askComposeCheck().then((c) => live && setCheck(c));
    return () => {
      live = false;
    };
  }, []);
  if (!check) return null;
  const webmail = check.webmail === 'gmail' ? 'Gmail' : 'Outlook';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(check.report);
      setCopied(t('popupComposeCopied'));
    } catch {
      setCopied(t('popupComposeCopyFailed'));
    }
  };
  return (
    <section class="compose-check" aria-labelledby="compose-check-title">
      <h2 id="compose-check-title">{t('popupComposeCheck')}</h2>
      <p>{t('popupComposeCount', webmail, check.composes)}</p>
      {check.focused === 'compose' && check.parts ? (
        <>
          <p>{t('popupComposeFocused')}</p>
          <ul>
            {PARTS.map(([part, label]) => {
              const signal = check.parts![part];
              return (
                <li key={part} data-found={signal ? 'yes' : 'no'}>
                  {t(label)}: {signal ? t('popupComposeFoundBy', signal) : t('popupComposeNotFound')}
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p>{t(check.focused === 'floating' ? 'popupComposeFloating' : 'popupComposeNone')}</p>
      )}
      <button type="button" onClick={copy}>
        {t('popupComposeCopy')}
      </button>
      {copied && <p role="status">{copied}</p>}
    </section>
  );
}
