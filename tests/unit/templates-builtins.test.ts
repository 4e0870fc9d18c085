import { describe, expect, test } from 'vitest';
import { BUILTIN_TEMPLATES, renderTemplate, type TemplateDef } from '../../lib/templates';
import { newPlan } from '../../lib/plan/factory';
import { fullPlan, NOW, OPTS } from './templates-fixtures';

const byId = (id: string): TemplateDef => BUILTIN_TEMPLATES.find((t) => t.id === id)!;
const BROKEN = /undefined|null|NaN|\{\{|\}\}/;

describe('built-in templates', () => {
  test('are the four emails, named as the webmail menu shows them, then the informational-interview request', () => {
    expect(BUILTIN_TEMPLATES.map((t) => [t.id, t.name, t.kind])).toEqual([
      ['meeting-request', 'Meeting request', 'meeting-request'],
      ['agenda', 'Agenda', 'agenda'],
      ['recap', 'Thank-you recap', 'recap'],
      ['check-in', 'Check-in update', 'check-in'],
      ['informational-interview', 'Informational interview request', undefined],
    ]);
    expect(BUILTIN_TEMPLATES.at(-1)!.toManager).toBe(false);
  });

  for (const tpl of BUILTIN_TEMPLATES) {
    test(`${tpl.name}: never shows a broken value, with a full plan, an empty plan or no plan`, () => {
      const { plan, items } = fullPlan();
      for (const r of [renderTemplate(tpl, plan, items, OPTS), renderTemplate(tpl, newPlan(NOW), [], OPTS), renderTemplate(tpl, undefined, [], OPTS)]) {
        expect(r.subject).not.toMatch(BROKEN);
        expect(r.text).not.toMatch(BROKEN);
        expect(r.html).not.toMatch(BROKEN);
        expect(r.text.startsWith('Hi ')).toBe(true);
        expect(r.html.startsWith('<p>Hi ')).toBe(true);
      }
    });
  }

  test('Meeting request with a full plan: the length, the company, talking points to follow', () => {
    const { plan, items } = fullPlan();
    const r = renderTemplate(byId('meeting-request'), plan, items, OPTS);
    expect(r.subject).toBe('Career development conversation: 45 minutes in the next couple of weeks?');
    expect(r.text).toMatch(/^Hi Ana,\n\n/);
    expect(r.text).toContain('45 minutes for a career development conversation');
    expect(r.text).toContain('keep growing at Northwind');
    expect(r.text).toContain('talking points beforehand');
    expect(r.text).toMatch(/Thank you,\nSam Rivera$/);
    expect(r.html).toContain('<p>Thank you,<br>Sam Rivera</p>');
    expect(r.missing).toEqual([]);
  });

  test('Meeting request with an empty plan: 30 minutes by default, placeholders and the missing list', () => {
    const r = renderTemplate(byId('meeting-request'), newPlan(NOW), [], OPTS);
    expect(r.subject).toBe('Career development conversation: 30 minutes in the next couple of weeks?');
    expect(r.text).toContain("Hi [Manager's name],");
    expect(r.text).toContain('at [Company]');
    expect(r.text).toMatch(/\[Your name\]$/);
    expect(r.missing).toEqual(["Manager's name", 'Your name', 'Company']);
  });

  test('Agenda with a full plan: day and time, the plan agenda, questions, the goals not listed a second time', () => {
    const { plan, items } = fullPlan();
    const r = renderTemplate(byId('agenda'), plan, items, OPTS);
    expect(r.subject).toBe('Talking points for our career development conversation');
    expect(r.text).toContain('career development conversation on Wednesday, March 12 at 2:30 PM.');
    expect(r.text).toContain('- What is going well in the payments team\n- Your view of my system design skills');
    expect(r.text).toContain('Questions I would like your view on:\n\n- Which projects');
    expect(r.text).not.toContain('Lead the Q3 billing migration');
    expect(r.html).toContain('<ul><li>What is going well in the payments team</li><li>Your view of my system design skills</li></ul>');
    expect(r.missing).toEqual([]);
  });

  test('Agenda with an empty plan: the guide\'s four parts and placeholders for the day and time', () => {
    const r = renderTemplate(byId('agenda'), newPlan(NOW, { currentRole: 'Data analyst' }), [], OPTS);
    expect(r.text).toContain('- My role as data analyst');
    expect(r.text).toContain('- My long-term interests');
    expect(r.text).toContain('- My development goals');
    expect(r.text).toContain('- Your feedback on my strengths');
    expect(r.text).toContain('on [Meeting date] at [Meeting time].');
    expect(r.missing).toEqual(["Manager's name", 'Your name', 'Meeting date']);
  });

  test('Thank-you recap with a full plan: thanks, takeaways, each action item by owner with its date, check-in', () => {
    const { plan, items } = fullPlan();
    const r = renderTemplate(byId('recap'), plan, items, OPTS);
    expect(r.subject).toBe('Thank you, and a recap of our career development conversation');
    expect(r.text).toContain('Thank you for our career development conversation on Wednesday, March 12.');
    expect(r.text).toContain('- Pair with the architecture group on design reviews.\n- Write up the migration plan.');
    expect(r.text).toContain('- I will research the AWS certification by March 20.');
    expect(r.text).toContain('- You will connect me with Priya for an informational interview by March 15.');
    expect(r.text).toContain('- Priya Nair will share the design review calendar by March 18.');
    expect(r.text).toContain('I will keep you posted and check in around');
    expect(r.html).toContain('<li>I will research the AWS certification by March 20.</li>');
    expect(r.missing).toEqual([]);
  });

  test('Thank-you recap with an empty plan', () => {
    const r = renderTemplate(byId('recap'), newPlan(NOW), [], OPTS);
    expect(r.text).toContain('on [Meeting date].');
    expect(r.text).toContain('- [Key takeaways]');
    expect(r.text).toContain('- [Action items]');
    expect(r.text).toContain('check in again in a few weeks.');
    expect(r.missing).toEqual(["Manager's name", 'Your name', 'Meeting date', 'Key takeaways', 'Action items']);
  });

  test('Thank-you recap: an item without a due date or owner name keeps visible placeholders and is reported; "a date we agree on" when chosen', () => {
    const { plan, items } = fullPlan();
    items[0].due = '';
    items[2].ownerName = '';
    const r = renderTemplate(byId('recap'), plan, items, OPTS);
    expect(r.text).toContain('- I will research the AWS certification by [Due date].');
    expect(r.text).toContain("- [Action item owner's name] will share the design review calendar by March 18.");
    expect(r.missing).toEqual(['Action item due dates', "Action item owner's name"]);
    const agreed = renderTemplate(byId('recap'), plan, items, { ...OPTS, choices: { keepGoals: [], omitGoals: [], goalText: {}, undated: 'agree', keptAsIs: [] } });
    expect(agreed.text).toContain('- I will research the AWS certification by a date we agree on.');
    expect(agreed.missing).toEqual(["Action item owner's name"]);
  });

  test('Check-in update: the real time since the meeting, items grouped by where they stand, the check-in notes, others\' items named neutrally', () => {
    const { plan, items } = fullPlan();
    plan.checkIns[0].notes = 'the exam is booked and I started the practice tests';
    const r = renderTemplate(byId('check-in'), plan, items, { locale: 'en-US', now: new Date(2025, 3, 2, 9, 0) });
    expect(r.text).toContain('It has been three weeks since our career development conversation on Wednesday, March 12');
    expect(r.text).toContain('The exam is booked and I started the practice tests.');
    expect(r.text).toContain('Done:\n\n- Connect me with Priya for an informational interview (thank you).');
    expect(r.text).toContain('Under way:\n\n- Research the AWS certification. Booked the exam for May.');
    expect(r.text).toContain('Still open:\n\n- Share the design review calendar (Priya Nair).');
    expect(r.text).not.toMatch(/not started|\(done\)|\(in progress\)/);
    expect(r.text).toMatch(/\?\n\nThank you,\nSam Rivera$/);
    expect(r.missing).toEqual([]);
  });

  test('Check-in update with an empty plan', () => {
    const r = renderTemplate(byId('check-in'), newPlan(NOW), [], OPTS);
    expect(r.text).toContain('It has been [Time since the meeting] since');
    expect(r.text).toContain('- [Action items]');
    expect(r.missing).toEqual(["Manager's name", 'Your name', 'Meeting date', 'Action items']);
  });

  test('in a draft that already has a signature, the sign-off leaves the name out (no doubling)', () => {
    const { plan, items } = fullPlan();
    for (const tpl of BUILTIN_TEMPLATES) {
      const r = renderTemplate(tpl, plan, items, { ...OPTS, signOffName: false });
      expect(r.text).not.toMatch(/Sam Rivera$/);
      expect(r.text).toMatch(/,$/);
      expect(renderTemplate(tpl, plan, items, OPTS).text).toMatch(/,\nSam Rivera$/);
    }
  });

  test('dates follow the locale when it is the email language (en-GB), and the email language otherwise', () => {
    const { plan, items } = fullPlan();
    const british = renderTemplate(byId('recap'), { ...plan, emailLanguage: 'en' }, items, { locale: 'en-GB', now: NOW });
    expect(british.text).toContain('on Wednesday 12 March');
    expect(british.text).toContain('by 20 March');
    // An English email from a German browser keeps English dates.
    const fromGerman = renderTemplate(byId('recap'), { ...plan, emailLanguage: 'en' }, items, { locale: 'de-DE', now: NOW });
    expect(fromGerman.text).toContain('by March 20');
  });
});
