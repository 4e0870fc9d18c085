import type { RenderedEmail } from './insert';

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
  return 'Copied. Paste it into the message body with Ctrl+V (⌘V on a Mac).';
}
