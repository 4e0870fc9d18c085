import type { CareerTalkDB } from './schema';

const DISCREET_KEY = 'discreetNotifications';

/**
 * Discreet notifications (no names, no plan text) are ON unless the person turns them off.
 * Reminders appear over whatever is on screen - a shared screen, a meeting room display - and
 * stay in the system's notification list; the full text is one click away in the planner.
 * The safe choice is the default; the person who wants the detail opts in.
 */
export async function discreetNotifications(db: CareerTalkDB): Promise<boolean> {
  return (await db.settings.get(DISCREET_KEY))?.value !== false;
}

export async function setDiscreetNotifications(db: CareerTalkDB, on: boolean): Promise<void> {
  await db.settings.put({ key: DISCREET_KEY, value: on });
}
