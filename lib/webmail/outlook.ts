import { elementOf, keydown, waitFor, type WebmailAdapter } from './adapter';

/*
 * Outlook on the web selectors (outlook.live.com, outlook.office.com, outlook.office365.com).
 * Outlook's own class names are generated; Fluent UI's `ms-*` classes and the ids below come
 * from its component library and have stayed put across releases. Sources in SELECTORS.md.
 */

/** Compose root: the compose form section (`data-app-section="ComposeForm"`, or
 *  "MailReadCompose" for an inline reply in the reading pane). */
const COMPOSE = '[data-app-section="ComposeForm"], [data-app-section="MailReadCompose"]';
/** The compose header part (Send bar, From/To/Cc, subject): `#docking_InitVisiblePart_<n>`,
 *  seen in many public automation scripts for OWA. */
const HEADER = '[id^="docking_InitVisiblePart_"]';
/** Body: RoosterJS editor inside `#editorParent_<n>`; contenteditable + role textbox + an
 *  aria-label (translated, so only its presence is required). The recipient wells are
 *  textboxes too (Briskine notes this), so the body is the one outside the header. */
const BODY = '[id^="editorParent_"] [contenteditable="true"][role="textbox"], [contenteditable="true"][role="textbox"][aria-multiline="true"][aria-label]';
/** Subject: Fluent TextField with maxlength 255 (Briskine outlook.js `getSubjectField`). */
const SUBJECT = 'input.ms-TextField-field[maxlength="255"], input[id^="MSG_"][id$="_SUBJECT"]';
/** Send: the primary action of the compose's split button, or Fluent's primary button. */
const SEND = '[id$="__primaryActionButton"], button.ms-Button--primary';
/** To well: the first recipient textbox of the header (Briskine: first `[role=textbox]` parent). */
const TO_WELL = '[role="textbox"][contenteditable="true"]';
/** Resolved recipients are draggable persona chips (Briskine `[draggable="true"]`). */
const TO_CHIP = '[draggable="true"]';
/** Picker suggestions: "use this address" and the floating suggestion list (Briskine). */
const SUGGESTION = '.ms-Suggestions-sectionButton, .ms-FloatingSuggestionsList [role="option"], .ms-Suggestions-container [role="listitem"]';
/** Signature and the quoted reply/forward header that must stay below. */
const PROTECTED = '#Signature, [id^="Signature"], #appendonsend, #divRplyFwdMsg, #mail-editor-reference-message-container';

function toWell(compose: HTMLElement): HTMLElement | null {
  const header = compose.querySelector(HEADER) ?? compose;
  for (const el of header.querySelectorAll<HTMLElement>(TO_WELL)) {
    if (!el.closest('[id^="editorParent_"]') && el.getAttribute('aria-multiline') !== 'true') return el;
  }
  return null;
}

/** Text without any whitespace: block boundaries add none to textContent but do to innerText. */
const squash = (s: string) => s.replace(/\s+/g, '');

export const outlookAdapter: WebmailAdapter = {
  name: 'outlook',
  composeSelector: COMPOSE,
  findComposes: (doc) => doc.querySelectorAll<HTMLElement>(COMPOSE),
  // The compose header part (Send bar, recipients, subject) of every compose kind.
  sentinelSelector: COMPOSE.split(', ').map((c) => `${c} ${HEADER}`).join(', '),
  // Compose forms replace one another in the reading pane / compose area: their parent.
  containerOf: (compose) => compose.parentNode,
  composeRootOf: (el) => el.closest<HTMLElement>(COMPOSE),
  findBody(compose) {
    for (const el of compose.querySelectorAll<HTMLElement>(BODY)) if (!el.closest(HEADER)) return el;
    return null;
  },
  findSubject: (compose) => compose.querySelector<HTMLInputElement>(SUBJECT),
  findSend: (compose) => compose.querySelector<HTMLElement>(SEND),
  placement(compose) {
    const send = compose.querySelector(SEND);
    if (send) return { anchor: send, append: 'after' };
    return { anchor: compose.querySelector(HEADER) ?? compose, append: 'first' };
  },
  isProtected(node, body) {
    const el = elementOf(node);
    return !!el && body.contains(el) && !!el.closest(PROTECTED);
  },
  async insertHtml(body, html, text) {
    // RoosterJS keeps its own undo snapshots: a DOM change it did not make is not undone by its
    // Ctrl+Z. It handles `paste` itself (CopyPastePlugin reads clipboardData) and records the
    // paste as one undoable step, so we hand it the HTML as a paste. The page's clipboard is not used.
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', text);
    const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    body.dispatchEvent(paste);
    if (!paste.defaultPrevented) {
      // Nobody handled the paste (not RoosterJS): use the browser's own editing path.
      return document.execCommand('insertHTML', false, html);
    }
    // RoosterJS reads clipboard items asynchronously; wait until the text is in the body.
    const needle = squash(text).slice(0, 24);
    const landed = await waitFor(() => (squash(body.textContent ?? '').includes(needle) ? true : null), body, 1000);
    return !!landed;
  },
  toIsEmpty(compose) {
    const well = toWell(compose);
    if (!well) return true;
    const container = well.parentElement ?? well;
    return !container.querySelector(TO_CHIP) && !(well.textContent ?? '').trim();
  },
  async fillTo(compose, email) {
    const well = toWell(compose);
    if (!well) return false;
    well.focus();
    document.execCommand('insertText', false, email);
    // Outlook's people picker resolves what was typed once its suggestion shows; Enter picks it.
    await waitFor(() => document.querySelector(SUGGESTION), document.body, 1500);
    keydown(well, 'Enter', 'Enter', 13);
    return true;
  },
};
