import { elementOf, keydown, recognition, setInputValue, type WebmailAdapter } from './adapter';
import { ComposeRecognizer, MULTILINE_TEXTBOX, firstActionButton, firstRecipientField, firstTextInputBefore, type ComposeSignals } from './signals';

/*
 * Gmail selectors, as ordered signals (most reliable first; signals.ts applies them). Gmail's
 * class names are generated and change; where a class is used it is one that mature extensions
 * have relied on for years, and a rule on roles, names and document order backs it up.
 * Sources are listed in SELECTORS.md.
 */

/** A new-message window (pop-up or full screen) wraps its compose in a dialog. */
const DIALOG = '[role="dialog"]';
/** Signature and quoted text inside the body (Gmail's own HTML mail markup, not generated classes). */
/** Gmail's signature block (its own HTML mail markup). */
const SIGNATURE = '.gmail_signature, [data-smartmail="gmail_signature"]';
const PROTECTED = '.gmail_signature, [data-smartmail="gmail_signature"], .gmail_signature_prefix, .gmail_quote, .gmail_attr';
/** Recipients already in To: chips `[role=option]` / `[data-hovercard-id]` (Briskine), or the
 *  classic layout's hidden inputs (gmail.js `.GS input[type=hidden]`). */
const TO_CHIPS = '[name="to"] [role="option"], [name="to"] [data-hovercard-id], .GS input[type="hidden"][name="to"], input[type="hidden"][name="to"]';

export const GMAIL_SIGNALS: ComposeSignals = {
  roots: [
    // `.M9` wraps every compose form (pop-up, full screen, inline reply, `?view=cm` pop-out):
    // gmail.js `api.dom.composes` (`div.M9`), Briskine `textfieldContainerSelector`.
    { name: 'gmail-m9', closest: '.M9' },
    // No class at all: nearest ancestor of the body that holds a subject input and Send.
    { name: 'structure', holds: ['subject', 'send'] },
  ],
  body: [
    // The editable div Gmail marks `g_editable="true"` with role textbox (InboxSDK, Briskine).
    { name: 'g_editable', selector: '[g_editable="true"][role="textbox"][contenteditable="true"]' },
    { name: 'gmail-am-editable', selector: 'div.Am.editable[contenteditable="true"]' },
    { name: 'multiline-textbox', selector: MULTILINE_TEXTBOX },
  ],
  subject: [
    // gmail.js `dom('subjectbox')`, Briskine. An inline reply keeps it as a hidden input.
    { name: 'subjectbox', selector: 'input[name="subjectbox"]' },
    { name: 'first-text-input', find: firstTextInputBefore },
  ],
  to: [
    // Newer layout: `div[name=to]` with chips and a typing input (Briskine); 2019-2020 layout:
    // `textarea[name=to]` (seen in a real saved compose, and gmail.js).
    { name: 'name-to-input', selector: '[name="to"] input:not([type="hidden"])' },
    { name: 'textarea-name-to', selector: 'textarea[name="to"]' },
    { name: 'first-recipient-field', find: firstRecipientField },
  ],
  send: [
    // The bottom row `.btC` (InboxSDK compose toolbar), Send `.aoO` with role button in `.gU.Up`.
    { name: 'gmail-btC-aoO', selector: '.btC [role="button"].aoO' },
    { name: 'first-button-after-body', find: (root, body) => firstActionButton(root, body, 'after') },
  ],
  docks: [
    // Per-compose wrappers sit in `.no` (InboxSDK GmailElementGetter.getComposeWindowContainer:
    // `.dw .nH > .nH > .no`); a full-screen compose in `.aSs .aSt`.
    { name: 'gmail-dock', selector: '.dw .nH > .nH > .no' },
    { name: 'gmail-fullscreen-dock', selector: '.aSs .aSt' },
  ],
};

const r = new ComposeRecognizer(GMAIL_SIGNALS);

export const gmailAdapter: WebmailAdapter = {
  name: 'gmail',
  ...recognition(r),
  // The bottom toolbar row (every compose kind has it, and it is what Gmail re-renders), and the
  // body itself for a compose whose classes changed.
  sentinelSelector: `.M9 .btC, ${r.bodyProbe}`,
  docksOf(compose) {
    // Each new-message dialog sits in its own wrapper inside the dock (its parent is not the dock).
    const known = r.signals.docks.map((d) => d.selector && compose.closest(d.selector)).find(Boolean);
    if (known) return [known];
    // Unknown dock (classes changed): the dialog's parent and grandparent, direct children only.
    const dialog = compose.closest(DIALOG);
    const out: Node[] = [];
    for (let a = dialog?.parentElement, i = 0; a && a !== document.body && i < 2; a = a.parentElement, i++) out.push(a);
    return out;
  },
  placement(compose) {
    const send = r.part(compose, 'send')?.el;
    // After the Send button's group, so the button reads "Send, Insert career template".
    if (send) return { anchor: send.parentElement ?? send, append: 'after' };
    return { anchor: compose, append: 'first' };
  },
  hasSignature: (body) => !!body.querySelector(SIGNATURE),
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
    const field = r.part(compose, 'to')?.el;
    if (!field) return true;
    const text = field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement ? field.value : field.textContent ?? '';
    return !text.trim();
  },
  async fillTo(compose, email) {
    const input = r.part(compose, 'to')?.el;
    if (!(input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement)) return false;
    // Gmail turns typed text into a recipient chip on Enter, comma or blur.
    setInputValue(input, email);
    keydown(input, 'Enter', 'Enter', 13);
    input.dispatchEvent(new FocusEvent('blur'));
    input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    return true;
  },
};
