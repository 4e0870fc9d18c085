import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { freshDb } from './db-helpers';
import type { CareerTalkDB } from '../../lib/db/schema';
import { createPlan, getPlan, listActionItems } from '../../lib/db/plans';
import { MeetingLinks, suggestedTemplate } from '../../components/meeting/MeetingLinks';
import { CONTINUED_NOTE } from '../../lib/io/compose-links';
import { newPlan } from '../../lib/plan/factory';
import type { Plan } from '../../lib/plan/types';

let db: CareerTalkDB;
let root: HTMLElement;

beforeEach(() => {
  db = freshDb();
  root = document.createElement('div');
  document.body.appendChild(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

async function mount(plan: Plan) {
  const items = await listActionItems(db, plan.id);
  await act(async () => {
    render(<MeetingLinks db={db} plan={plan} actionItems={items} />, root);
  });
  await act(() => new Promise((r) => setTimeout(r, 50)));
}

const button = (name: RegExp) => [...root.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''))!;

describe('MeetingLinks', () => {
  test('download the invite: no meeting date gives a clear message; with one, an .ics file is saved', async () => {
    const plan = await createPlan(db, { managerName: 'Jordan', managerEmail: 'jordan@example.com' });
    await mount(plan);
    await act(async () => button(/Download calendar invite/).click());
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/Set the meeting date/);

    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test';
    });
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    await mount({ ...plan, meetingAt: '2026-04-14T15:30', agenda: [{ id: 'a', text: 'Growth, goals; feedback', section: 'goals' }] });
    await act(async () => button(/Download calendar invite/).click());
    expect(clicked).toEqual(['career-conversation-2026-04-14.ics']);
    const ics = (await blobs[0].text()).replace(/\r\n /g, ''); // unfolded
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain('Growth\\, goals\\; feedback');
    expect(ics).toContain('mailto:jordan@example.com');
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/Saved career-conversation-2026-04-14\.ics/);
  });

  test('open a chosen template as a Gmail draft: to, subject and plain-text body; recorded as sent via link', async () => {
    const plan = await createPlan(db, { managerName: 'Jordan Diaz', managerEmail: 'jordan@example.com', company: 'Acme', myName: 'Sam' });
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    await mount(plan);
    const select = root.querySelector('select')!;
    expect(select.value).toBe('meeting-request'); // nothing sent and no date yet: ask for the meeting
    await act(async () => button(/Open in Gmail/).click());
    expect(open).toHaveBeenCalledTimes(1);
    const url = new URL(open.mock.calls[0][0] as string);
    expect(url.host).toBe('mail.google.com');
    expect(url.searchParams.get('to')).toBe('jordan@example.com');
    expect(url.searchParams.get('su')).toMatch(/career development conversation/i);
    expect(url.searchParams.get('body')).toContain('Hi Jordan');
    expect(url.searchParams.get('body')).not.toMatch(/<p>|<br>/);
    expect((await getPlan(db, plan.id))!.emailsSent).toEqual([expect.objectContaining({ kind: 'meeting-request', via: 'link' })]);

    // Outlook on the web, for the agenda.
    await act(async () => {
      select.value = 'agenda';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(async () => button(/Open in Outlook \(work or school\)/).click());
    const outlook = new URL(open.mock.calls[1][0] as string);
    expect(outlook.host).toBe('outlook.office.com');
    expect(outlook.searchParams.get('subject')).toBeTruthy();

    // The informational-interview request goes to the colleague, never to the manager; it is not a plan email to record.
    await act(async () => {
      select.value = 'informational-interview';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(async () => button(/Open in Gmail/).click());
    const interview = new URL(open.mock.calls[2][0] as string);
    expect(interview.searchParams.get('to')).toBe('');
    expect(interview.searchParams.get('su')).toMatch(/Could I ask you about the \[Career path\] role\?/);
    // Its review lists what is still to fill in, in place of the old "still missing" line.
    expect(root.querySelector('.email-review[data-template-id="informational-interview"]')?.textContent).toContain('[Career path]');
  });

  test('a body too long for a link: the draft gets the first part and a note, the rest goes to the clipboard', async () => {
    const long = Array.from({ length: 80 }, (_, i) => ({ id: `a${i}`, text: `Agenda point ${i}: ${'details '.repeat(6)}`, section: 'goals' as const }));
    const plan = await createPlan(db, { managerName: 'Jordan', managerEmail: 'j@example.com', meetingAt: '2026-04-14T15:30', agenda: long });
    const write = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: write }, configurable: true });
    const followed: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      followed.push(this.href);
    });
    await mount(plan);
    const select = root.querySelector('select')!;
    await act(async () => {
      select.value = 'agenda';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(async () => button(/Open in your mail app/).click());
    await act(() => new Promise((r) => setTimeout(r, 50))); // the click's async work (clipboard, database)
    const url = followed[0];
    expect(url.startsWith('mailto:j@example.com?')).toBe(true);
    expect(url.length).toBeLessThanOrEqual(2000);
    expect(new URL(url).searchParams.get('body')).toContain(CONTINUED_NOTE);
    expect(write).toHaveBeenCalledTimes(1);
    expect((write.mock.calls[0] as unknown as [string])[0]).toContain('Agenda point 79');
    // The note appears once the clipboard and database work has finished (slower on a loaded machine).
    await vi.waitFor(() => expect(root.querySelector('.warning[role="status"]')?.textContent).toMatch(/rest is on your clipboard/));
  });

  test('the suggested email follows the plan', () => {
    const now = new Date(2026, 3, 14, 18);
    const base = newPlan(now);
    expect(suggestedTemplate(base, now)).toBe('meeting-request');
    expect(suggestedTemplate({ ...base, meetingAt: '2026-04-20T10:00' }, now)).toBe('agenda');
    expect(suggestedTemplate({ ...base, meetingAt: '2026-04-14T15:00' }, now)).toBe('recap');
    const sent = { ...base, meetingAt: '2026-04-14T15:00', emailsSent: [{ kind: 'recap' as const, templateId: 'recap', at: '', via: 'gmail' , status: 'sent' as const }] };
    expect(suggestedTemplate(sent, now)).toBe('check-in');
  });
});
