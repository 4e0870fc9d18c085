import { describe, expect, test } from 'vitest';
import { CONTINUED_NOTE, composeLink, COMPOSE_TARGETS, MAX_URL_LENGTH, type ComposeTarget } from '../../lib/io/compose-links';

const draft = {
  to: 'jordan.diaz+career@example.com',
  subject: 'Career development conversation — 30 minutes? (Q3 & beyond)',
  body: 'Hi Jordan,\n\nCould we set up a 30-minute career development conversation?\nTalking points: growth & next steps; 100% optional + flexible.\n\nThanks,\nSam',
};

function parse(url: string) {
  const u = new URL(url);
  const q = u.searchParams;
  return { u, q };
}

describe('compose links', () => {
  test('Gmail: to, su, body parse back exactly', () => {
    const link = composeLink('gmail', draft);
    const { u, q } = parse(link.url);
    expect(u.origin + u.pathname).toBe('https://mail.google.com/mail/');
    expect(q.get('view')).toBe('cm');
    expect(q.get('fs')).toBe('1');
    expect(q.get('to')).toBe(draft.to);
    expect(q.get('su')).toBe(draft.subject);
    expect(q.get('body')).toBe(draft.body);
    expect(link).toMatchObject({ truncated: false, rest: '' });
  });

  test('Outlook on the web (work and personal): deep link compose', () => {
    for (const [target, origin] of [
      ['outlook', 'https://outlook.office.com'],
      ['outlook-personal', 'https://outlook.live.com'],
    ] as const) {
      const { u, q } = parse(composeLink(target, draft).url);
      expect(u.origin).toBe(origin);
      expect(u.pathname).toMatch(/\/mail\/(0\/)?deeplink\/compose$/);
      expect(q.get('to')).toBe(draft.to);
      expect(q.get('subject')).toBe(draft.subject);
      expect(q.get('body')).toBe(draft.body);
    }
  });

  test('mailto: address, subject and a CRLF body (RFC 6068)', () => {
    const { u, q } = parse(composeLink('mailto', draft).url);
    expect(u.protocol).toBe('mailto:');
    expect(decodeURIComponent(u.pathname)).toBe(draft.to);
    expect(q.get('subject')).toBe(draft.subject);
    expect(q.get('body')).toBe(draft.body.replace(/\n/g, '\r\n'));
  });

  test('To holds one address at most: a list of addresses leaves it empty; an empty To stays empty', () => {
    expect(parse(composeLink('gmail', { ...draft, to: ' a@x.com ' }).url).q.get('to')).toBe('a@x.com');
    expect(parse(composeLink('gmail', { ...draft, to: 'a@x.com; b@y.com' }).url).q.get('to')).toBe('');
    expect(parse(composeLink('mailto', { ...draft, to: 'dana@example.com, spy@evil.example' }).url).u.pathname).toBe('');
    expect(parse(composeLink('mailto', { ...draft, to: '' }).url).u.pathname).toBe('');
  });

  test('control characters: none in the subject (no header injection), only line breaks in the body', () => {
    const link = composeLink('mailto', { to: 'a@x.com', subject: 'Hi\r\nBcc: spy@evil.example\u0000', body: 'One\u0007\r\nTwo\u001b' });
    const { q } = parse(link.url);
    expect(q.get('subject')).toBe('Hi Bcc: spy@evil.example');
    expect(q.get('body')).toBe('One\r\nTwo');
  });

  test('a long body is cut under the limit with a note, and the rest is returned for the clipboard', () => {
    const paragraphs = Array.from({ length: 120 }, (_, i) => `Point ${i + 1}: ${'growth é ✓ & more; '.repeat(4)}end.`);
    const body = paragraphs.join('\n');
    for (const { id } of COMPOSE_TARGETS) {
      const target = id as ComposeTarget;
      const link = composeLink(target, { ...draft, body });
      expect(link.truncated).toBe(true);
      expect(link.url.length).toBeLessThanOrEqual(MAX_URL_LENGTH[target]);
      const sent = parse(link.url).q.get('body')!.replace(/\r\n/g, '\n');
      expect(sent.endsWith(`\n\n${CONTINUED_NOTE}`)).toBe(true);
      const head = sent.slice(0, -(CONTINUED_NOTE.length + 2));
      // Cut at a line boundary, and head + rest is the whole body.
      expect(body.startsWith(head + '\n')).toBe(true);
      expect(`${head}\n${link.rest}`).toBe(body);
      expect(head.length).toBeGreaterThan(target === 'mailto' ? 300 : 1500);
    }
  });

  test('a body that just fits is left whole', () => {
    const link = composeLink('mailto', { ...draft, body: 'x'.repeat(1800) });
    expect(link.truncated).toBe(false);
    expect(link.url.length).toBeLessThanOrEqual(2000);
  });
});
