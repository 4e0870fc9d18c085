import { describe, expect, test } from 'vitest';
import { closestVariable, validateTemplate } from '../../lib/templates/validate';

const body = (text: string) => validateTemplate({ subject: 'Career conversation', body: text });

describe('template errors say what is wrong and where', () => {
  test('a "}" missing after a variable, with the rest of the line after it', () => {
    expect(body('Hi {{managerFirstName}, Could we set aside 30 minutes this week?\n\nThanks, {{myName}}')).toMatchObject({
      ok: false,
      line: 1,
      field: 'body',
      message: 'A “}” is missing after managerFirstName: write {{managerFirstName}}.',
      key: 'templateErrorMissingBrace',
      subs: ['}', 'managerFirstName'],
    });
  });

  test('a "}" missing at the very end, and "}}" missing altogether, on the line where the tag starts', () => {
    expect(body('Hello\nHi {{managerFirstName}')).toMatchObject({ ok: false, line: 2, message: 'A “}” is missing after managerFirstName: write {{managerFirstName}}.' });
    expect(body('Hello\n\nHi {{managerFirstName, thanks')).toMatchObject({ ok: false, line: 3, message: 'A “}}” is missing after managerFirstName: write {{managerFirstName}}.' });
  });

  test('a misspelt variable gets a "did you mean", also inside a list section; an unrelated word does not', () => {
    expect(body('Hi\n{{managerNmae}}')).toMatchObject({ ok: false, line: 2, message: 'Unknown variable {{managerNmae}}. Did you mean {{managerName}}?' });
    expect(body('{{#actionItems}}\n- {{sentense}}\n{{/actionItems}}')).toMatchObject({ ok: false, line: 2, message: 'Unknown variable {{sentense}}. Did you mean {{sentence}}?' });
    expect(body('{{salary}}')).toMatchObject({ ok: false, message: 'Unknown variable {{salary}}. Pick one from the list of variables.' });
    expect(closestVariable('company', ['companyName', 'myName'])).toBeUndefined();
    expect(closestVariable('mangerName', ['managerName', 'myName'])).toBe('managerName');
  });

  test('section errors keep naming the section and its line', () => {
    expect(body('Hi\n{{#actionItems}}\n- {{sentence}}')).toMatchObject({ ok: false, line: 2, message: 'The section {{#actionItems}} is never closed: add {{/actionItems}} after it.' });
  });
});
