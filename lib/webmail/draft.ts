/** How a template goes into a draft that already has the person's own text. */
export type DraftPlacement = 'replace' | 'below';

/** Text that shows something: not only spaces, line breaks, no-break or zero-width spaces. */
export const isVisibleText = (text: string): boolean => /[^\s\u200b-\u200d\u2060]/.test(text);

/** Block elements: a template inserted after one starts on a line of its own. */
const BLOCK = /^(ADDRESS|BLOCKQUOTE|DIV|DL|H[1-6]|HR|LI|OL|P|PRE|TABLE|UL)$/;

/**
 * The person's own part of a draft: the top of the body down to the end of the block holding their
 * last text (or image), above the webmail's first signature or quoted-reply block. Null when there
 * is none: an empty body, a lone `<br>`, empty lines, only the signature and the quote. Text below
 * the signature or the quote (a reply written between quoted lines) is not counted and never touched.
 */
export function ownDraftRange(body: HTMLElement, isProtected: (node: Node) => boolean): Range | null {
  let last: Node | null = null;
  let fence: Node | null = null;
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (isProtected(node)) {
      fence = node;
      break;
    }
    if (node.nodeType === Node.TEXT_NODE ? isVisibleText(node.nodeValue ?? '') : (node as Element).tagName === 'IMG') last = node;
  }
  if (!last) return null;
  // Up to the outermost element that holds the last text but not the signature/quote.
  let end = last;
  while (end.parentNode && end.parentNode !== body && !(fence && end.parentNode.contains(fence))) end = end.parentNode;
  const range = document.createRange();
  range.setStart(body, 0);
  range.setEndAfter(end);
  return range;
}

/**
 * Where the template goes and what it is preceded by. Replace: over the person's own part (the
 * signature and quote stay). Below: right after their last block, as a block of its own, so the
 * template's first paragraph starts after one blank line (its paragraph spacing) and is never glued
 * to their last sentence; after a line that is not in a block, a line break comes first.
 */
export function draftTarget(own: Range, how: DraftPlacement, html: string): { range: Range; html: string } {
  const range = own.cloneRange();
  if (how === 'replace') return { range, html };
  range.collapse(false);
  const before = range.startContainer.childNodes[range.startOffset - 1];
  const inBlock = before?.nodeType === Node.ELEMENT_NODE && BLOCK.test((before as Element).tagName);
  return { range, html: inBlock ? html : `<br>${html}` };
}
