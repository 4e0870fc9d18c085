import { elementOf, keydown, recognition, waitFor, type WebmailAdapter } from './adapter';
import { pasteOrInsertHtml } from './paste';
import { ComposeRecognizer, MULTILINE_TEXTBOX, firstActionButton, firstRecipientField, firstTextInputBefore, type ComposeSignals } from './signals';

/*
 * Outlook on the web selectors (outlook.live.com, outlook.office.com, outlook.office365.com).
 * Outlook's own class names are generated; Fluent UI's `ms-*` classes and the ids below come
 * from its component library and have stayed put across releases. Sources in SELECTORS.md.
 */

/** The compose header part (Send bar, From/To/Cc, subject): `#docking_InitVisiblePart_<n>`,
 *  seen in many public automation scripts for OWA. */
const HEADER = '[id^="docking_InitVisiblePart_"]';
/** Resolved recipients are draggable persona chips (Briskine `[draggable="true"]`). */
const TO_CHIP = '[draggable="true"]';
/** Picker suggestions: "use this address" and the floating suggestion list (Briskine). */
const SUGGESTION = '.ms-Suggestions-sectionButton, .ms-FloatingSuggestionsList [role="option"], .ms-Suggestions-container [role="listitem"]';
/** Signature and the quoted reply/forward header that must stay below. */
/** Outlook's signature block (`#Signature`, or `Signature…` ids in newer builds). */
const SIGNATURE = '#Signature, [id^="Signature"]';
const PROTECTED = '#Signature, [id^="Signature"], #appendonsend, #divRplyFwdMsg, #mail-editor-reference-message-container';

export const OUTLOOK_SIGNALS: ComposeSignals = {
  roots: [
    // The compose form section ("MailReadCompose" for an inline reply in the reading pane).
    { name: 'data-app-section', closest: '[data-app-section="ComposeForm"], [data-app-section="MailReadCompose"]' },
    // Its id-numbered parts: the nearest ancestor of the body that holds the header.
    { name: 'docking-header-id', holds: [{ selector: HEADER }] },
    // No attribute and no id: nearest ancestor of the body holding a subject input and Send.
    { name: 'structure', holds: ['subject', 'send'] },
  ],
  body: [
    // RoosterJS editor inside `#editorParent_<n>` (OWA automation scripts).
    { name: 'editorParent-id', selector: '[id^="editorParent_"] [contenteditable="true"][role="textbox"]' },
    // The recipient wells are textboxes too (Briskine), so the body is the multi-line one
    // outside the header.
    { name: 'multiline-textbox', selector: MULTILINE_TEXTBOX, notInside: HEADER },
  ],
  subject: [
    // Fluent TextField with maxlength 255 (Briskine outlook.js `getSubjectField`).
    { name: 'ms-textfield-255', selector: 'input.ms-TextField-field[maxlength="255"]' },
    { name: 'msg-subject-id', selector: 'input[id^="MSG_"][id$="_SUBJECT"]' },
    { name: 'maxlength-255', selector: 'input[maxlength="255"]' },
    { name: 'first-text-input', find: firstTextInputBefore },
  ],
  to: [
    // The first recipient well of the header (Briskine: first `[role=textbox]` parent).
    { name: 'header-first-textbox', find: (root) => firstWell(root.querySelector<HTMLElement>(HEADER)) },
    { name: 'first-recipient-field', find: firstRecipientField },
  ],
  send: [
    // The primary action of the compose's split button (OWA scripts), Fluent's primary button.
    { name: 'primaryActionButton-id', selector: '[id$="__primaryActionButton"]' },
    { name: 'ms-button-primary', selector: 'button.ms-Button--primary' },
    // The command bar above the recipients starts with Send.
    { name: 'first-button-before-body', find: (root, body) => firstActionButton(root, body, 'before') },
  ],
  docks: [
    // The reading pane / compose area composes open in (public OWA extension and automation code).
    { name: 'reading-pane', selector: '#ReadingPaneContainerId' },
  ],
};

function firstWell(header: HTMLElement | null): HTMLElement | null {
  if (!header) return null;
  for (const el of header.querySelectorAll<HTMLElement>('[role="textbox"][contenteditable="true"]')) {
    if (el.getAttribute('aria-multiline') !== 'true') return el;
  }
  return null;
}

const r = new ComposeRecognizer(OUTLOOK_SIGNALS);
const toWell = (compose: HTMLElement) => r.part(compose, 'to')?.el ?? null;

export const outlookAdapter: WebmailAdapter = {
  name: 'outlook',
  ...recognition(r),
  // The compose header (Send bar, recipients, subject) of every compose kind, and the body.
  sentinelSelector: `${HEADER}, ${r.bodyProbe}`,
  // Compose forms replace one another in the reading pane / compose area: their parent, and
  // the reading pane itself.
  docksOf(compose) {
    const out: Node[] = [];
    for (const n of [compose.parentNode, compose.closest('#ReadingPaneContainerId')]) if (n && n !== document.body) out.push(n);
    return out;
  },
  placement(compose) {
    const send = r.part(compose, 'send')?.el;
    if (send) return { anchor: send, append: 'after' };
    return { anchor: compose.querySelector(HEADER) ?? compose, append: 'first' };
  },
  hasSignature: (body) => !!body.querySelector(SIGNATURE),
  isProtected(node, body) {
    const el = elementOf(node);
    return !!el && body.contains(el) && !!el.closest(PROTECTED);
  },
  // RoosterJS keeps its own undo snapshots: it gets the HTML as a paste it records as one step.
  insertHtml: pasteOrInsertHtml,
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
