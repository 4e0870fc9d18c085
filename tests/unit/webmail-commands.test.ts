import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerCommands } from '../../lib/background/commands';
import { OPEN_MENU, isOpenMenuMessage } from '../../lib/webmail/protocol';

describe('open-template-menu command', () => {
  test('asks the active tab of the focused window to open the menu, and ignores other commands', async () => {
    let onCommand: ((command: string) => Promise<void>) | undefined;
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((cb) => {
      onCommand = cb as unknown as (command: string) => Promise<void>;
    });
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 42, index: 0, highlighted: true, active: true, pinned: false, incognito: false } as never]);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    registerCommands();
    expect(onCommand).toBeTypeOf('function');

    await onCommand!('something-else');
    expect(send).not.toHaveBeenCalled();

    await onCommand!('open-template-menu');
    expect(fakeBrowser.tabs.query).toHaveBeenCalledWith({ active: true, lastFocusedWindow: true });
    expect(send).toHaveBeenCalledWith(42, { type: OPEN_MENU });
  });

  test('a tab without our content script (sendMessage rejects) is not an error', async () => {
    let onCommand: ((command: string) => Promise<void>) | undefined;
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((cb) => {
      onCommand = cb as unknown as (command: string) => Promise<void>;
    });
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 } as never]);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    registerCommands();
    await expect(onCommand!('open-template-menu')).resolves.toBeUndefined();
  });

  test('the content script accepts only the exact open-menu message', () => {
    expect(isOpenMenuMessage({ type: OPEN_MENU })).toBe(true);
    expect(isOpenMenuMessage({ type: 'templates:list' })).toBe(false);
    expect(isOpenMenuMessage(null)).toBe(false);
    expect(isOpenMenuMessage('webmail:open-menu')).toBe(false);
  });
});
