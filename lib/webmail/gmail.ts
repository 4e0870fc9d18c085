import { elementOf, keydown, setInputValue, type WebmailAdapter } from './adapter';

/*
 * Gmail selectors. Gmail's class names are generated and change; where a class is used it is
 * one that mature extensions have relied on for years, with a steadier attribute first.
 * Sources are listed in SELECTORS.md.
 */

/** Compose root. `.M9` wraps every compose form (pop-up, full screen, inline reply):
 *  gmail.js `api.dom.composes` (`div.M9`), Briskine gmail.js `textfieldContainerSelector`. */
const COMPOSE_CLASS = 'M9';
const COMPOSE = `.${COMPOSE_CLASS}`;
/** A new-message window (pop-up or full screen) wraps its compose in a dialog. */
const DIALOG = '[role="dialog"]';
/** Message body: the editable div Gmail marks `g_editable="true"` with role textbox
 *  (InboxSDK gmail-compose-view, Briskine). Class `.Am.editable` is the older fallback. */
const BODY = '[g_editable="true"][role="textbox"][contenteditable="true"], div.Am.editable[contenteditable="true"]';
/** Subject: `input[name=subjectbox]` (gmail.js compose `dom('subjectbox')`, Briskine). */
const SUBJECT = 'input[name="subjectbox"]';
/** To field: container `[name=to]` holding the recipient chips `[role=option]` and the typing
 *  input (Briskine `[name=to] [role=option]`, `[name=to] input`); older `textarea[name=to]`. */
const TO_INPUT = '[name="to"] input:not([type="hidden"]), textarea[name="to"]';
const TO_CHIPS = '[name="to"] [role="option"], [name="to"] [data-hovercard-id], .GS input[type="hidden"][name="to"]';
/** Send: the bottom toolbar row `.btC` (InboxSDK compose toolbar), Send button `.aoO`
 *  with role button inside its first cell `.gU.Up`. Language independent. */
const SEND = '.btC .gU.Up [role="button"].aoO, .btC [role="button"].aoO';
const BOTTOM_ROW = '.btC';
/** Signature and quoted text inside the body (Gmail's own HTML mail markup). */
const PROTECTED = '.gmail_signature, [data-smartmail="gmail_signature"], .gmail_signature_prefix, .gmail_quote, .gmail_attr';

export const gmailAdapter: WebmailAdapter = {
  name: 'gmail',
  composeSelector: COMPOSE,
  findComposes: (doc) => doc.getElementsByClassName(COMPOSE_CLASS) as HTMLCollectionOf<HTMLElement>,
  // The bottom toolbar row: every compose kind has it, and it is what Gmail re-renders.
  sentinelSelector: `${COMPOSE} ${BOTTOM_ROW}`,
  // New-message windows are docked side by side: each is a `[role=dialog]` child of the dock
  // (InboxSDK/gmail.js: the `.dw .no` compose area). Inline replies have no dock.
  containerOf: (compose) => compose.closest(DIALOG)?.parentNode ?? null,
  composeRootOf: (el) => el.closest<HTMLElement>(COMPOSE),
  findBody: (compose) => compose.querySelector<HTMLElement>(BODY),
  findSubject: (compose) => compose.querySelector<HTMLInputElement>(SUBJECT),
  findSend: (compose) => compose.querySelector<HTMLElement>(SEND),
  placement(compose) {
    const send = compose.querySelector(SEND);
    // After the Send button's group, so the button reads "Send, Insert career template".
    if (send) return { anchor: send.parentElement ?? send, append: 'after' };
    const row = compose.querySelector(BOTTOM_ROW);
    if (row) return { anchor: row.firstElementChild ?? row, append: 'last' };
    return { anchor: compose, append: 'first' };
  },
  isProtected(node, body) {
    const el = elementOf(node);
    return !!el && body.contains(el) && !!el.closest(PROTECTED);
  },
  async insertHtml(_body, html) {
    // Gmail's editor listens to the browser's input events; execCommand fires them, joins the
    // native undo stack as one step, and works in the isolated world under Trusted Types.
    return document.execCommand('insertHTML', false, html);
  },
  toIsEmpty(compose) {
    if (compose.querySelector(TO_CHIPS)) return false;
    const input = compose.querySelector<HTMLInputElement | HTMLTextAreaElement>(TO_INPUT);
    return !input || !input.value.trim();
  },
  async fillTo(compose, email) {
    const input = compose.querySelector<HTMLInputElement>(TO_INPUT);
    if (!input) return false;
    // Gmail turns typed text into a recipient chip on Enter, comma or blur.
    setInputValue(input, email);
    keydown(input, 'Enter', 'Enter', 13);
    input.dispatchEvent(new FocusEvent('blur'));
    input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    return true;
  },
};
