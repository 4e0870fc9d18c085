import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { freshDb } from './db-helpers';
import { dumpDb, seed } from './import-fixtures';
import { importFromText } from '../../lib/db/transfer';
import { t, tm } from '../../lib/i18n';
import { buildMeetingIcs } from '../../lib/io/ics';
import { planToMarkdown } from '../../lib/io/markdown';
import { noticeId, parseNoticeId } from '../../lib/background/notify';
import { newPlan } from '../../lib/plan/factory';
import { managerAddress } from '../../lib/plan/email-address';

const DIR = join(__dirname, '../hostile-files');
const cases = JSON.parse(readFileSync(join(DIR, 'cases.json'), 'utf8')) as Record<string, string>;

describe('every hostile file is refused with its message, and the database is unchanged', () => {
  test('the folder and cases.json list the same files', () => {
    expect(readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'cases.json').sort()).toEqual(Object.keys(cases).sort());
  });
  for (const [file, message] of Object.entries(cases)) {
    test(file, async () => {
      const db = freshDb();
      await seed(db);
      const before = await dumpDb(db);
      const result = await importFromText(db, readFileSync(join(DIR, file), 'utf8'));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(tm(result.errors[0])).toBe(message);
      expect(await dumpDb(db)).toBe(before);
    });
  }
});

// Parsing a file this size takes seconds on a loaded machine; the cap makes validation itself cheap.
describe('the original sizes from the issue are refused', { timeout: 60_000 }, () => {
  const base = () => JSON.parse(readFileSync(join(DIR, 'two-manager-emails.json'), 'utf8'));
  test('a 30 MB notes field', async () => {
    const f = base();
    f.plans[0].managerEmail = 'dana@example.com';
    f.plans[0].meeting.notes = 'x'.repeat(30 * 1024 * 1024);
    const result = await importFromText(freshDb(), JSON.stringify(f));
    expect(!result.ok && result.errors.map(tm)).toEqual(['plans[0].meeting.notes: is 31,457,280 characters long; a field holds at most 20,000']);
  });
  test('200,000 goals', async () => {
    const f = base();
    f.plans[0].managerEmail = 'dana@example.com';
    f.plans[0].goals = Array.from({ length: 200_000 }, (_, i) => ({ id: `g${i}`, kind: 'other', text: 'Goal', request: '' }));
    const result = await importFromText(freshDb(), JSON.stringify(f));
    expect(!result.ok && result.errors.map(tm)).toEqual(['plans[0].goals: has 200,000 entries; CareerTalk keeps at most 500 here']);
  });
});

describe('outputs hold even for data that never went through the import', () => {
  const CRLF_ID = 'plan-1\r\nATTENDEE;CN=HR;RSVP=TRUE:mailto:spy@evil.example\r\nX-INJ:1';
  const plan = () =>
    newPlan(new Date('2026-01-05T10:00:00Z'), {
      id: CRLF_ID,
      meetingAt: '2026-02-10T14:00',
      managerName: 'Dana\r\nATTENDEE:mailto:x@evil.example',
      managerEmail: 'dana@example.com',
      myName: 'Ada\u0007\u001b',
    });

  test('a CRLF plan id: the invite has exactly one attendee and no injected property', () => {
    const r = buildMeetingIcs(plan(), { timeZone: 'UTC', now: new Date('2026-01-05T10:00:00Z') });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const event = new ICAL.Component(ICAL.parse(r.ics)).getFirstSubcomponent('vevent')!;
    expect(event.getAllProperties('attendee').map((a) => a.getFirstValue())).toEqual(['mailto:dana@example.com']);
    expect(event.getAllProperties('x-inj')).toEqual([]);
    expect(event.getFirstPropertyValue('uid')).toBe('plan-1%0D%0AATTENDEE%3BCN%3DHR%3BRSVP%3DTRUE%3Amailto%3Aspy%40evil.example%0D%0AX-INJ%3A1-meeting@careertalk.invalid');
    expect(r.ics).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  test('two addresses as manager email: the invite refuses, To and links get none', () => {
    const p = { ...plan(), managerEmail: 'a@x.org, b@y.org' };
    expect(buildMeetingIcs(p, { timeZone: 'UTC' }).ok).toBe(false);
    expect(managerAddress(p)).toBe('');
    expect(managerAddress({ managerEmail: ' dana@example.com ' })).toBe('dana@example.com');
  });

  test('Markdown carries no control characters', () => {
    expect(planToMarkdown(plan(), [], t)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });

  test('notification ids: a `|` in plan data cannot move a click elsewhere', () => {
    const id = noticeId({ stage: 'recap', planId: 'a|check-ins|b', key: 'k|1' });
    expect(parseNoticeId(id)).toEqual({ stage: 'recap', planId: 'a|check-ins|b', key: 'k|1' });
    expect(parseNoticeId('careertalk|recap|x')).toBeUndefined();
  });
});
