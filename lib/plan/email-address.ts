/**
 * The manager's email must be exactly one address: it goes into the compose window's To
 * field, into compose links and into the calendar invite, where "a@x.org, spy@evil.example"
 * would add a second recipient. Deliberately simple: one local part, one @, a dotted domain,
 * none of the characters that separate or quote addresses, no spaces or control characters.
 */
const ONE_ADDRESS = /^[^\s@,;:<>()[\]"\\\u0000-\u001f\u007f]+@[^\s@,;:<>()[\]"\\\u0000-\u001f\u007f]+\.[^\s@,;:<>()[\]"\\\u0000-\u001f\u007f.][^\s@,;:<>()[\]"\\\u0000-\u001f\u007f]*$/;

/** RFC 5321's limit on a forward path. */
export const MAX_EMAIL_LENGTH = 254;

/** Empty (not set yet) is fine; otherwise it must be one address. */
export function isOneAddressOrEmpty(value: string): boolean {
  const v = value.trim();
  return v === '' || (v.length <= MAX_EMAIL_LENGTH && ONE_ADDRESS.test(v));
}

/** The address to write to, or '' when it is not set or not exactly one address. */
export function managerAddress(plan: { managerEmail: string } | undefined): string {
  const v = plan?.managerEmail.trim() ?? '';
  return v && isOneAddressOrEmpty(v) ? v : '';
}
