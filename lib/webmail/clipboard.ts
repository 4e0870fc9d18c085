import type { RenderedEmail } from './insert';
import { t } from '../i18n';

/** Copies the email (HTML and plain text) for pasting by hand; returns what to tell the person. */
export async function copyEmail(email: RenderedEmail): Promise<string> {
  const text = email.subject ? `Subject: ${email.subject}\n\n${email.text}` : email.text;
  try {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/html': new Blob([email.html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      }),
    ]);
  } catch {
    await navigator.clipboard.writeText(text);
  }
  return t('webmailCopied');
}
