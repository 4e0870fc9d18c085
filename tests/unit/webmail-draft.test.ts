import { describe, expect, test } from 'vitest';
import { draftTarget, isVisibleText, ownDraftRange } from '../../lib/webmail/draft';
import { askDraftChoice } from '../../lib/webmail/draft-choice';
import { gmailAdapter } from '../../lib/webmail/gmail';
import { outlookAdapter } from '../../lib/webmail/outlook';
import type { WebmailAdapter } from '../../lib/webmail/adapter';

const GMAIL_SIGNATURE = '<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">Alex Doe<br>Platform team</div></div>';
const GMAIL_QUOTE = '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Sam Lee wrote:<br></div><blockquote class="gmail_quote">Hi Alex, see you Tuesday.</blockquote></div>';
const OUTLOOK_SIGNATURE = '<div id="Signature"><div>Alex D., Platform team</div></div>';
const OUTLOOK_REPLY = '<hr><div id="divRplyFwdMsg"><b>From:</b> Sam Lee</div><div>Hi Alex, see you Tuesday. Sam</div>';

function body(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html; // test markup
  document.body.replaceChildren(el);
  return el;
}
const own = (a: WebmailAdapter, html: string) => {
  const b = body(html);
  return { b, range: ownDraftRange(b, (n) => a.isProtected(n, b)) };
};

describe('what counts as the person\'s own text', () => {
  test('spaces, no-break spaces, zero-width spaces and line breaks show nothing; a letter, digit or emoji does', () => {
    for (const empty of ['', ' ', '\n\t', '\u00a0\u00a0', '\u200b', '\ufeff', ' \u200c\u200d\u2060 ']) expect(isVisibleText(empty), JSON.stringify(empty)).toBe(false);
    for (const text of ['a', '1', '.', '👍', 'Hi Priya', '\u00a0x']) expect(isVisibleText(text), text).toBe(true);
  });

  test('an empty Gmail body, a lone <br>, empty lines, and the signature and quoted reply alone have none', () => {
    for (const html of ['', '<br>', '<div><br></div>', '<div><br></div><div>&nbsp;</div><p> </p>', `<div><br></div>${GMAIL_SIGNATURE}`, `<div dir="ltr"><br></div>${GMAIL_SIGNATURE}<br>${GMAIL_QUOTE}`]) {
      expect(own(gmailAdapter, html).range, html).toBeNull();
    }
  });

  test('an empty Outlook body, its signature and the quoted message alone have none', () => {
    for (const html of ['<div><br></div>', `<div><br></div>${OUTLOOK_SIGNATURE}`, `<div><br></div>${OUTLOOK_SIGNATURE}${OUTLOOK_REPLY}`]) {
      expect(own(outlookAdapter, html).range, html).toBeNull();
    }
  });

  test('a typed line above the signature is theirs: the range runs from the top to the end of its block', () => {
    const { b, range } = own(gmailAdapter, `<div>Hi Priya, a quick note first.</div>${GMAIL_SIGNATURE}`);
    expect(range).not.toBeNull();
    expect(range!.startContainer).toBe(b);
    expect(range!.startOffset).toBe(0);
    expect(range!.endContainer).toBe(b);
    expect(range!.endOffset).toBe(1); // after the typed block, before <br clear="all"> and the signature
    expect(range!.toString()).toBe('Hi Priya, a quick note first.');
  });

  test('several lines and an image count; empty lines after the last one are left out', () => {
    const { range } = own(outlookAdapter, `<div>One</div><div><br></div><div><img src="data:,"></div><div><br></div>${OUTLOOK_SIGNATURE}`);
    expect(range!.endOffset).toBe(3);
    const text = own(outlookAdapter, `<div>One</div><div>Two</div><div><br></div>${OUTLOOK_SIGNATURE}${OUTLOOK_REPLY}`).range!;
    expect(text.toString()).toBe('OneTwo');
  });

  test('text below the quote (a reply between quoted lines) is not counted', () => {
    expect(own(gmailAdapter, `<div><br></div>${GMAIL_SIGNATURE}<br>${GMAIL_QUOTE}<div>My answer below</div>`).range).toBeNull();
  });

  test('a wrapper holding both their text and the signature: the range ends inside it, before the signature', () => {
    const { b, range } = own(outlookAdapter, `<div class="wrap"><div>Typed</div>${OUTLOOK_SIGNATURE}</div>`);
    const wrap = b.querySelector('.wrap')!;
    expect(range!.endContainer).toBe(wrap);
    expect(range!.endOffset).toBe(1);
  });
});

describe('where the template goes', () => {
  const TEMPLATE = '<p>Hi Priya,</p>';

  test('Replace covers their text, the signature stays outside', () => {
    const { b, range } = own(gmailAdapter, `<div>Typed</div>${GMAIL_SIGNATURE}`);
    const target = draftTarget(range!, 'replace', TEMPLATE);
    expect(target.html).toBe(TEMPLATE);
    expect(target.range.toString()).toBe('Typed');
    for (const kept of b.querySelectorAll('.gmail_signature, .gmail_signature_prefix')) expect(target.range.intersectsNode(kept)).toBe(false);
  });

  test('Add below: right after their last block, as blocks of its own', () => {
    const { b, range } = own(gmailAdapter, `<div>Typed</div>${GMAIL_SIGNATURE}`);
    const target = draftTarget(range!, 'below', TEMPLATE);
    expect(target.range.collapsed).toBe(true);
    expect(target.range.startContainer).toBe(b);
    expect(target.range.startOffset).toBe(1);
    expect(target.html).toBe(TEMPLATE);
  });

  test('Add below after a line that is not in a block starts with a line break, so nothing is glued', () => {
    const { range } = own(gmailAdapter, `Typed straight into the body${GMAIL_SIGNATURE}`);
    const target = draftTarget(range!, 'below', TEMPLATE);
    expect(target.html).toBe(`<br>${TEMPLATE}`);
  });
});

describe('the Replace / Add below / Cancel dialog', () => {
  const setup = (isPerson: (e: Event) => boolean) => {
    const ui = document.createElement('div');
    const anchor = document.createElement('button');
    document.body.replaceChildren(anchor, ui);
    const answer = askDraftChoice(ui, anchor, isPerson);
    const dialog = ui.querySelector<HTMLElement>('[role=dialog]')!;
    const [replace, below, cancel] = dialog.querySelectorAll('button');
    const key = (k: string, shiftKey = false) => document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true, cancelable: true }));
    return { ui, dialog, answer, replace, below, cancel, key };
  };

  test('focus starts on the first choice; Tab and Shift+Tab go round the three; Escape answers Cancel and removes it', async () => {
    const { ui, dialog, answer, replace, below, cancel, key } = setup(() => true);
    expect(dialog.getAttribute('aria-labelledby')).toBe(dialog.querySelector('span')!.id);
    expect(document.activeElement).toBe(replace);
    key('Tab');
    expect(document.activeElement).toBe(below);
    key('Tab');
    key('Tab');
    expect(document.activeElement).toBe(replace);
    key('Tab', true);
    expect(document.activeElement).toBe(cancel);
    key('Escape');
    await expect(answer).resolves.toBe('cancel');
    expect(ui.querySelector('[role=dialog]')).toBeNull();
  });

  test('each button gives its answer', async () => {
    for (const [index, expected] of ['replace', 'below', 'cancel'].entries()) {
      const { answer, dialog } = setup(() => true);
      dialog.querySelectorAll('button')[index].click();
      await expect(answer).resolves.toBe(expected);
    }
  });

  test("events that are not the person's (the page's synthesized clicks and keys) answer nothing", async () => {
    const { dialog, answer, below, key } = setup((e) => e.isTrusted);
    below.click();
    key('Escape');
    const state = await Promise.race([answer, new Promise((r) => setTimeout(() => r('still asking'), 50))]);
    expect(state).toBe('still asking');
    expect(dialog.isConnected).toBe(true);
  });
});
