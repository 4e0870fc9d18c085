/**
 * One description of a user journey, two browsers: the journeys in this folder talk to a `Lane`
 * (Chromium through Playwright, Firefox through puppeteer over WebDriver BiDi) and find
 * everything by role and accessible name, the interface contract in DESIGN.md, never by the
 * browser or the test tool.
 */
import type { ActionItem, Plan } from '../../lib/plan/types';

export type Role = 'button' | 'link' | 'menuitem' | 'menu' | 'heading' | 'alert' | 'status' | 'textbox' | 'combobox';
/** An exact accessible name, or a pattern for names that carry extra state (a stage link's "has content"). */
export type Name = string | RegExp;

/** One tab: an extension page or a web page. */
export interface Tab {
  /** Clicks the element with this role and accessible name. */
  click(role: Role, name: Name): Promise<void>;
  /** Moves focus to the element with this role and exact accessible name. */
  focus(role: Role, name: string): Promise<void>;
  /** How many elements with this role and exact accessible name are visible to assistive technology. */
  count(role: Role, name: string): Promise<number>;
  /** Types into the field with this label, after what is already there, key by key. */
  type(label: string, text: string): Promise<void>;
  /** Replaces the field's value in one step (like pasting over a selection). */
  fill(label: string, text: string): Promise<void>;
  /** The current value of the field with this label. */
  value(label: string): Promise<string>;
  /** Presses a key or chord on the focused element: 'Enter', 'ArrowDown', 'Control+z'. */
  press(keys: string): Promise<void>;
  /** Types text into whatever has focus. */
  keyboard(text: string): Promise<void>;
  /** Runs a function in the page (serialised: it sees only its argument). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Clicks the button and returns the file the browser saved. */
  download(button: string): Promise<{ name: string; path: string }>;
  /** Chooses a file in the file input with this label. */
  upload(label: string, path: string): Promise<void>;
  /** Makes this the active tab of its window (as a person clicking on it would). */
  bringToFront(): Promise<void>;
  reload(): Promise<void>;
  close(): Promise<void>;
}

/** One browser with the built extension installed, in a fresh profile. */
export interface Lane {
  readonly browser: 'chromium' | 'firefox';
  /** chrome-extension://<id> or moz-extension://<uuid> */
  readonly origin: string;
  openPopup(): Promise<Tab>;
  openPlanner(hash?: string): Promise<Tab>;
  /** Opens a web page; `serve` decides what answers it. */
  openUrl(url: string): Promise<Tab>;
  /** Serves an HTML fixture for every URL starting with the prefix. */
  serve(urlPrefix: string, html: string, headers?: Record<string, string>): Promise<void>;
  /** Runs a function in an extension context with the WebExtension APIs (`browser` or `chrome`). */
  inExtension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Writes a plan and its action items straight into the extension's IndexedDB and makes it active. */
  seedPlan(init: Partial<Plan>, items?: Partial<ActionItem>[]): Promise<Plan>;
  /** Every stored record of the given stores, read with the raw IndexedDB API. */
  readStores(stores?: string[]): Promise<Record<string, any[]>>;
  /**
   * Chooses one of the extension's context-menu items on a tab: grants activeTab for that tab, as
   * the browser does when a person picks a menu item, then runs the background's handler for it.
   */
  menuClick(tab: Tab, info: { menuItemId: string; selectionText?: string; pageUrl?: string }): Promise<{ ok: boolean; how?: string; reason?: string }>;
  /** The same browser with the extension in another, fresh profile (closed with this lane's session). */
  freshProfile(): Promise<Lane>;
  /** Requests that tried to leave the machine (all blocked). */
  readonly outbound: string[];
}
