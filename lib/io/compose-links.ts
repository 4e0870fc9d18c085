/**
 * "Open a new draft" links: Gmail's compose URL, Outlook on the web's compose deep
 * link (work/school accounts on outlook.office.com, personal ones on outlook.live.com)
 * and mailto:. Bodies are plain text. URLs have practical length limits (mail
 * clients and browsers cut long mailto: links around 2,000 characters; web
 * compose URLs stay reliable under about 8,000), so a body that does not fit is
 * cut at a line or word boundary and ends with a note; the caller puts the rest
 * on the clipboard.
 */

import { singleLine, withoutControls } from './control-chars';
import { isOneAddressOrEmpty } from '../plan/email-address';
import type { MessageKey } from '../i18n';

export type ComposeTarget = 'gmail' | 'outlook' | 'outlook-personal' | 'mailto';

/** Where a draft can open; `labelKey` names it in the interface language. */
export const COMPOSE_TARGETS: { id: ComposeTarget; labelKey: MessageKey }[] = [
  { id: 'gmail', labelKey: 'composeTargetGmail' },
  { id: 'outlook', labelKey: 'composeTargetOutlookWork' },
  { id: 'outlook-personal', labelKey: 'composeTargetOutlookPersonal' },
  { id: 'mailto', labelKey: 'composeTargetMailApp' },
];

/** Total URL length we allow per target. */
export const MAX_URL_LENGTH: Record<ComposeTarget, number> = {
  gmail: 8000,
  outlook: 8000,
  'outlook-personal': 8000,
  mailto: 2000,
};

/** The English note at the end of a cut body; callers pass the interface language's (`composeContinuedNote`). */
export const CONTINUED_NOTE = '(continued: paste the rest from your clipboard)';

export interface Draft {
  to: string;
  subject: string;
  body: string;
  /** Ends a body that had to be cut: a word to the person, so in the interface language. */
  continuedNote?: string;
}

export interface ComposeLink {
  url: string;
  /** True when the body was cut to fit. */
  truncated: boolean;
  /** The part of the body left out of the URL ('' when nothing was cut). */
  rest: string;
}

/**
 * Encodes the recipient, keeping `@` readable. Exactly one address goes in: text that is not
 * one address (two separated by a comma, say) leaves To empty rather than adding recipients.
 */
function encodeTo(to: string): string {
  const address = to.trim();
  return address && isOneAddressOrEmpty(address) ? encodeURIComponent(address).replace(/%40/g, '@') : '';
}

/** Plain text with normalised line ends; mailto: wants CRLF (RFC 6068 section 5). */
function normalise(body: string, target: ComposeTarget): string {
  const lf = withoutControls(body);
  return target === 'mailto' ? lf.replace(/\n/g, '\r\n') : lf;
}

function buildUrl(target: ComposeTarget, to: string, subject: string, body: string): string {
  const s = encodeURIComponent(singleLine(subject));
  const b = encodeURIComponent(body);
  const t = encodeTo(to);
  switch (target) {
    case 'gmail':
      return `https://mail.google.com/mail/?view=cm&fs=1&to=${t}&su=${s}&body=${b}`;
    case 'outlook':
      return `https://outlook.office.com/mail/deeplink/compose?to=${t}&subject=${s}&body=${b}`;
    case 'outlook-personal':
      return `https://outlook.live.com/mail/0/deeplink/compose?to=${t}&subject=${s}&body=${b}`;
    case 'mailto':
      return `mailto:${t}?subject=${s}&body=${b}`;
  }
}

/** Builds the link; cuts the body (never the subject or recipients) when the URL would be too long. */
export function composeLink(target: ComposeTarget, draft: Draft, maxLength = MAX_URL_LENGTH[target]): ComposeLink {
  const body = normalise(draft.body, target);
  const full = buildUrl(target, draft.to, draft.subject, body);
  if (full.length <= maxLength) return { url: full, truncated: false, rest: '' };

  const nl = target === 'mailto' ? '\r\n' : '\n';
  const suffix = `${nl}${nl}${draft.continuedNote ?? CONTINUED_NOTE}`;
  const fits = (n: number) => buildUrl(target, draft.to, draft.subject, body.slice(0, n) + suffix).length <= maxLength;
  // Longest prefix that fits (encoded length grows monotonically with the prefix).
  let lo = 0;
  let hi = body.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  // Prefer ending at a line break, else a space, if one is reasonably close.
  let cut = lo;
  const lineBreak = body.lastIndexOf('\n', lo);
  const space = body.lastIndexOf(' ', lo);
  if (lineBreak > lo * 0.6) cut = lineBreak;
  else if (space > lo * 0.8) cut = space;
  // Never split a surrogate pair.
  if (cut > 0 && /[\ud800-\udbff]/.test(body[cut - 1])) cut--;
  const head = body.slice(0, cut).replace(/\s+$/, '');
  const rest = body.slice(cut).replace(/^\s+/, '').replace(/\r\n/g, '\n');
  return { url: buildUrl(target, draft.to, draft.subject, head + suffix), truncated: true, rest };
}
