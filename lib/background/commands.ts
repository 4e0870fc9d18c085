import { browser } from 'wxt/browser';
import { OPEN_MENU, type OpenMenuMessage } from '../webmail/protocol';

const COMMAND = 'open-template-menu';

/**
 * Keyboard shortcut (manifest `commands`, Alt+Shift+K by default): asks the focused tab's webmail
 * content script to open the "Insert career template" menu of the focused compose window.
 * Tabs without our content script (any other site) simply don't answer; that is not an error.
 */
export function registerCommands(): void {
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== COMMAND) return;
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) return;
    const message: OpenMenuMessage = { type: OPEN_MENU };
    await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  });
}
