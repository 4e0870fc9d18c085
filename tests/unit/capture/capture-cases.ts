import { expect } from 'vitest';
import { parseCapture, type CaptureLanguage, type CaptureQuestion } from '../../../lib/plan/capture/parse';

/**
 * One row per captured line: [line, owner, due, action text, question].
 * owner is 'me', 'manager' or 'other:<Name>'; question is '' (clear), 'owner',
 * or '<reason> <option> <option>…' for a date asked about.
 */
export type CaptureCase = [line: string, owner: string, due: string, text: string, ask?: string];

/** Tuesday 1 December 2026: every relative date in the tables counts from it. */
export const TODAY = '2026-12-01';
export const CONTEXT = { today: TODAY, managerName: 'Dana Whitfield', myName: 'Sam Ortiz' };

const describeAsk = (ask: CaptureQuestion[]) =>
  ask.map((q) => (q.about === 'owner' ? 'owner' : [q.reason, ...q.options].join(' '))).join('; ');

export function checkCase(language: CaptureLanguage, [line, owner, due, text, ask = '']: CaptureCase) {
  const c = parseCapture(line, language, CONTEXT);
  expect(c, line).toBeDefined();
  const [kind, name = ''] = owner.split(':');
  expect({ owner: c!.owner, ownerName: c!.ownerName, due: c!.due, text: c!.text, ask: describeAsk(c!.ask) }, line).toEqual({
    owner: kind,
    ownerName: name,
    due,
    text,
    ask,
  });
}
