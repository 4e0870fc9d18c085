import type { ComposeDescription, WebmailAdapter } from './adapter';
import type { PartName } from './signals';

/**
 * The Compose check: what the content script found on this page, for the popup to show and for a
 * bug report. The report is STRUCTURE ONLY: tag names, roles, attribute names and which signals
 * matched. Never text, subjects, addresses or attribute values (ids and classes are values too):
 * everything taken from the page passes `tagOf`, `roleOf` or `attrNames`, which keep names from a
 * fixed shape only.
 */
export interface ComposeCheck {
  webmail: WebmailAdapter['name'];
  /** Compose windows recognised on the page. */
  composes: number;
  /** What the person was last writing in. */
  focused: 'compose' | 'floating' | 'none';
  /** For a focused compose: which signal found each part (null: not found). */
  parts: ComposeDescription | null;
  /** The text "Copy report" puts on the clipboard. */
  report: string;
}

const NAME = /^[a-zA-Z_:][-a-zA-Z0-9_:.]{0,39}$/;
const tagOf = (el: Element) => (/^[a-zA-Z][a-zA-Z0-9-]{0,39}$/.test(el.localName) ? el.localName.toLowerCase() : '?');
/** ARIA roles are a fixed vocabulary: anything else is not shown. */
const roleOf = (el: Element) => {
  const role = el.getAttribute('role');
  return role && /^[a-z]{2,20}$/.test(role) ? ` role=${role}` : '';
};
const attrNames = (el: Element) =>
  [...el.attributes]
    .map((a) => (NAME.test(a.name) ? a.name.toLowerCase() : '?'))
    .sort()
    .join(', ');
export const shape = (el: Element) => `${tagOf(el)}${roleOf(el)} [${attrNames(el)}]`;

const PARTS: PartName[] = ['body', 'subject', 'to', 'send'];

export function composeCheck(
  adapter: WebmailAdapter,
  composes: HTMLElement[],
  focused: HTMLElement | null,
  floatingEditor: HTMLElement | null,
): ComposeCheck {
  const r = adapter.recognizer;
  const lines = [
    'CareerTalk compose check: page structure only (tag names, roles, attribute names, signals); no text, addresses or attribute values.',
    `webmail: ${adapter.name}`,
    `compose windows found: ${composes.length}`,
  ];
  for (const [i, c] of composes.entries()) {
    const d = adapter.describe(c);
    lines.push(`compose ${i + 1}: root=${d.root ?? '-'} body=${d.body ?? '-'} subject=${d.subject ?? '-'} to=${d.to ?? '-'} send=${d.send ?? '-'}`);
  }
  let parts: ComposeDescription | null = null;
  let kind: ComposeCheck['focused'] = 'none';
  if (focused && focused.isConnected) {
    kind = 'compose';
    parts = adapter.describe(focused);
    const body = r.part(focused, 'body')?.el ?? null;
    lines.push('', 'focused compose:', `  root: ${shape(focused)} (signal ${parts.root ?? '-'})`);
    lines.push(`  root signals: ${r.signals.roots.map((s) => `${s.name} ${rootHolds(adapter, focused, s.name) ? 'yes' : 'no'}`).join(', ')}`);
    for (const name of PARTS) {
      const found = r.part(focused, name, body);
      lines.push(`  ${name}: ${found ? `${shape(found.el)} (signal ${found.signal})` : 'not found'}`);
      const tried = r.signals[name].map((s) => `${s.name} ${r.partBy(focused, name, s.name, body) ? 'yes' : 'no'}`);
      lines.push(`    signals: ${tried.join(', ')}`);
    }
    if (body) lines.push('  body to root:', ...ancestors(body, focused).map((el) => `    ${shape(el)}`));
  } else if (floatingEditor && floatingEditor.isConnected) {
    kind = 'floating';
    lines.push('', 'focused editor: no compose recognised around it; the floating button is in use.', `  editor: ${shape(floatingEditor)}`);
    lines.push('  ancestors:', ...ancestors(floatingEditor, null, 8).map((el) => `    ${shape(el)}`));
  } else {
    lines.push('', 'focused: none (no compose or editor has had focus on this page)');
  }
  return { webmail: adapter.name, composes: composes.length, focused: kind, parts, report: lines.join('\n') };
}

function rootHolds(adapter: WebmailAdapter, root: HTMLElement, signal: string): boolean {
  return adapter.recognizer.rootHolds(root, signal);
}

/** The element's ancestors up to (and including) `stop`, or `max` of them. */
function ancestors(from: Element, stop: Element | null, max = 24): Element[] {
  const out: Element[] = [];
  for (let a = from.parentElement; a && out.length < max; a = a.parentElement) {
    out.push(a);
    if (a === stop) break;
  }
  return out;
}
