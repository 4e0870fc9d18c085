import { expect, test } from 'vitest';
import type { Lane } from './driver';

/** The toolbar popup, as a person uses it in either browser. */
export function popupJourneys(lane: () => Lane) {
  test('popup: start a plan, type, close it at once, reopen: nothing is lost', async () => {
    let popup = await lane().openPopup();
    await popup.click('button', 'Start a plan');
    await popup.type("Manager's name", 'Dana Whitfield');
    await popup.fill("Manager's email", 'dana@example.com');
    await popup.type('Company', 'Acme Robotics');
    await popup.fill('Meeting date', '2026-12-03T10:30');
    await popup.type('Your first goal', 'Lead the billing migration');
    // The popup closes the moment focus leaves it: no blur, no Save, no waiting.
    await popup.close();

    popup = await lane().openPopup();
    await expect.poll(() => popup.value("Manager's name")).toBe('Dana Whitfield');
    expect(await popup.value("Manager's email")).toBe('dana@example.com');
    expect(await popup.value('Company')).toBe('Acme Robotics');
    expect(await popup.value('Meeting date')).toBe('2026-12-03T10:30');
    expect(await popup.value('Goal 1')).toBe('Lead the billing migration');
    await popup.close();
    const { plans } = await lane().readStores(['plans']);
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({ managerName: 'Dana Whitfield', managerEmail: 'dana@example.com', company: 'Acme Robotics', meetingAt: '2026-12-03T10:30' });
  });

  test('popup: setting the meeting time schedules the recap reminder alarm', async () => {
    const popup = await lane().openPopup();
    await expect.poll(() => popup.value('Company')).toBe('Acme Robotics');
    const hourAgo = new Date(Date.now() - 60 * 60_000);
    const local = new Date(hourAgo.getTime() - hourAgo.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    await popup.fill('Meeting date', local);
    const { settings } = await lane().readStores(['settings']);
    const planId = settings.find((s) => s.key === 'activePlanId')?.value as string;
    expect(planId).toBeTruthy();
    const recapAlarms = () =>
      lane().inExtension(async (planId) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        const all: { name: string; scheduledTime: number }[] = await api.alarms.getAll();
        return all.filter((a) => a.name.includes(`${planId}:recap`)).map((a) => a.scheduledTime);
      }, planId);
    // A few hours after the meeting ends, inside the 24-hour window, and only one of them (an
    // alarm for the earlier meeting time moves, it does not stay or double).
    const meetingEnd = new Date(local).getTime() + 30 * 60_000;
    await expect
      .poll(async () => (await recapAlarms()).map((t) => (t - meetingEnd) / 3_600_000), { timeout: 10_000 })
      .toEqual([expect.toSatisfy((hours: number) => hours > 1 && hours < 12)]);
    await popup.close();
  });
}
