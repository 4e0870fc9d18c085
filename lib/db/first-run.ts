import type { CareerTalkDB } from './schema';

export const WELCOME_SHOWN_KEY = 'welcomeShownAt';

/**
 * True once per profile's data: the first caller marks the welcome as shown. The install
 * event alone is not enough, since a browser that reloads an unpacked extension at every
 * start reports each start as an install.
 */
export async function claimWelcome(db: CareerTalkDB, now = new Date()): Promise<boolean> {
  return db.transaction('rw', db.settings, async () => {
    if (await db.settings.get(WELCOME_SHOWN_KEY)) return false;
    await db.settings.put({ key: WELCOME_SHOWN_KEY, value: now.toISOString() });
    return true;
  });
}
