/**
 * Messages the background sends TO a webmail content script (the other direction of
 * lib/messaging.ts). Only one today: the `open-template-menu` keyboard command.
 */
export const OPEN_MENU = 'webmail:open-menu' as const;
export interface OpenMenuMessage {
  type: typeof OPEN_MENU;
}
export function isOpenMenuMessage(raw: unknown): raw is OpenMenuMessage {
  return !!raw && typeof raw === 'object' && (raw as { type?: unknown }).type === OPEN_MENU;
}

/** The popup's "Compose check": asks the content script of the active webmail tab what it found. */
export const COMPOSE_CHECK = 'webmail:compose-check' as const;
export interface ComposeCheckMessage {
  type: typeof COMPOSE_CHECK;
}
export function isComposeCheckMessage(raw: unknown): raw is ComposeCheckMessage {
  return !!raw && typeof raw === 'object' && (raw as { type?: unknown }).type === COMPOSE_CHECK;
}
