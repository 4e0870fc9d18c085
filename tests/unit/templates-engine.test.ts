import { describe, expect, test } from 'vitest';
import { renderTemplate, renderSummary, templateVariables, validateTemplate, TemplateSyntaxError } from '../../lib/templates';
import { newActionItem, newPlan } from '../../lib/plan/factory';
import { fullPlan, NOW, OPTS } from './templates-fixtures';

const HOSTILE = '<img src=x onerror=alert(1)>';

describe('rendering plan text safely', () => {
  test('hostile plan text is escaped in HTML and kept as text in plain text', () => {
    const plan = newPlan(NOW, { managerName: HOSTILE, company: '"Acme" & <Sons>' });
    const r = renderTemplate({ subject: 'Hello {{managerName}}', body: 'Hi {{managerName}} at {{company}}' }, plan, [], OPTS);
    expect(r.html).toBe('<p>Hi &lt;img src=x onerror=alert(1)&gt; at &quot;Acme&quot; &amp; &lt;Sons&gt;</p>');
    expect(r.html).not.toContain('<img');
    expect(r.text).toBe(`Hi ${HOSTILE} at "Acme" & <Sons>`);
    expect(r.subject).toBe(`Hello ${HOSTILE}`);
    // Parsed as HTML, it is one paragraph of text and no element.
    const div = document.createElement('div');
    div.innerHTML = r.html;
    expect(div.querySelector('img')).toBeNull();
    expect(div.textContent).toContain(HOSTILE);
  });

  test('template text itself is escaped too (a template is plain text, not HTML)', () => {
    const r = renderTemplate({ subject: 's', body: '<b>bold</b> & more' }, undefined, [], OPTS);
    expect(r.html).toBe('<p>&lt;b&gt;bold&lt;/b&gt; &amp; more</p>');
  });

  test('{{ in plan text is data, never a tag', () => {
    const plan = newPlan(NOW, { managerName: '{{myName}}', company: '{{#goals}}x{{/goals}} {{{managerEmail}}}', myName: 'SECRET' });
    const r = renderTemplate({ subject: '{{managerName}}', body: '{{managerName}} / {{company}}' }, plan, [], OPTS);
    expect(r.text).toBe('{{myName}} / {{#goals}}x{{/goals}} {{{managerEmail}}}');
    expect(r.subject).toBe('{{myName}}');
    expect(r.text).not.toContain('SECRET');
  });

  test('line breaks and "- " in plan text do not create lists or paragraphs', () => {
    const plan = newPlan(NOW, { company: 'Acme\n\n- fake item' });
    const r = renderTemplate({ subject: 's', body: 'At {{company}}.' }, plan, [], OPTS);
    expect(r.html).toBe('<p>At Acme<br><br>- fake item.</p>');
    expect(r.html).not.toContain('<li>');
  });

  test('marker characters typed into plan text cannot forge structure', () => {
    const plan = newPlan(NOW, { company: '\uE001\n- x\uE000' });
    const r = renderTemplate({ subject: 's', body: 'At {{company}}' }, plan, [], OPTS);
    expect(r.html).not.toContain('<li>');
    expect(r.text).not.toMatch(/[\uE000-\uE002]/);
  });

  test('lists: <ul>/<li> in HTML, "- " lines in text', () => {
    const { plan, items } = fullPlan();
    const r = renderTemplate({ subject: 's', body: 'Steps:\n{{#actionItems}}\n- {{sentence}}\n{{/actionItems}}\nBye' }, plan, items, OPTS);
    expect(r.html).toBe(
      '<p>Steps:</p>\n<ul><li>I will research the AWS certification by March 20.</li><li>You will connect me with Priya for an informational interview by March 15.</li><li>Priya Nair will share the design review calendar by March 18.</li></ul>\n<p>Bye</p>',
    );
    expect(r.text).toBe(
      'Steps:\n- I will research the AWS certification by March 20.\n- You will connect me with Priya for an informational interview by March 15.\n- Priya Nair will share the design review calendar by March 18.\nBye',
    );
  });

  test('owner-split lists and item fields', () => {
    const { plan, items } = fullPlan();
    const body = 'Mine:\n{{#myActionItems}}\n- {{text}} ({{due}}, {{status}})\n{{/myActionItems}}\n\nTheirs:\n{{#otherActionItems}}\n- {{owner}}: {{text}}\n{{/otherActionItems}}\n{{^managerActionItems}}none{{/managerActionItems}}';
    const r = renderTemplate({ subject: 's', body }, plan, items, OPTS);
    expect(r.text).toBe('Mine:\n- Research the AWS certification (March 20, in progress)\n\nTheirs:\n- Priya Nair: Share the design review calendar');
  });

  test('meeting time, length and first name', () => {
    const plan = newPlan(NOW, { managerName: 'Dr. Ana Silva', meetingAt: '2025-03-12T14:30', meetingMinutes: 60 });
    const r = renderTemplate({ subject: '{{meetingLength}}', body: '{{managerFirstName}} {{meetingDate}} {{meetingTime}}' }, plan, [], OPTS);
    expect(r.subject).toBe('an hour');
    expect(r.text).toBe('Ana Wednesday, March 12 2:30 PM');
  });

  test('an invalid locale tag falls back to the default locale instead of failing', () => {
    const r = renderTemplate({ subject: 's', body: '{{meetingDate}}' }, newPlan(NOW, { meetingAt: '2025-03-12T14:30' }), [], { locale: 'not a locale!', now: NOW });
    expect(r.text).toMatch(/12/);
    expect(r.missing).toEqual([]);
  });

  test('a meeting on a date without a time reports the time as missing', () => {
    const r = renderTemplate({ subject: 's', body: '{{meetingDate}} at {{meetingTime}}' }, newPlan(NOW, { meetingAt: '2026-01-05' }), [], OPTS);
    expect(r.text).toBe('Monday, January 5, 2026 at [Meeting time]');
    expect(r.missing).toEqual(['Meeting time']);
  });

  test('only the values a template uses are reported missing', () => {
    const r = renderTemplate({ subject: 'Hi', body: '{{company}}' }, newPlan(NOW), [newActionItem('p', 0, { text: '' })], OPTS);
    expect(r.missing).toEqual(['Company']);
  });

  test('an invalid template throws a TemplateSyntaxError with its line', () => {
    expect(() => renderTemplate({ subject: 's', body: 'a\n{{#goals}}\nb' }, undefined, [], OPTS)).toThrow(TemplateSyntaxError);
    try {
      renderTemplate({ subject: 's', body: 'a\nb\n{{nope}}' }, undefined, [], OPTS);
    } catch (e) {
      expect((e as TemplateSyntaxError).line).toBe(3);
    }
  });
});

describe('action item phrasing', () => {
  test('an owner typed into the text is not doubled, ordinary first words are lower-cased, acronyms kept', () => {
    const items = [
      newActionItem('p', 0, { text: "I'll book the exam.", due: '2025-03-20' }),
      newActionItem('p', 1, { text: 'Will send the AWS study plan', owner: 'manager', due: '2025-03-21' }),
      newActionItem('p', 2, { text: 'Send the exam voucher', owner: 'other', ownerName: 'HR', due: '2025-03-22' }),
    ];
    const r = renderTemplate({ subject: 's', body: '{{#actionItems}}\n- {{sentence}}\n{{/actionItems}}' }, newPlan(NOW), items, OPTS);
    expect(r.text).toBe('- I will book the exam by March 20.\n- You will send the AWS study plan by March 21.\n- HR will send the exam voucher by March 22.');
  });
});

describe('validateTemplate', () => {
  test('accepts every documented variable, and item fields inside their list', () => {
    const body = templateVariables
      .map((v) => (v.kind === 'list' ? `{{#${v.name}}}\n${(v.fields ?? []).map((f) => `{{${f.name}}}`).join(' ')}\n{{/${v.name}}}` : `{{${v.name}}}`))
      .join('\n');
    expect(validateTemplate({ subject: '{{company}}', body })).toEqual({ ok: true });
  });

  test('unclosed section: reported with the line where it opens', () => {
    expect(validateTemplate({ subject: 's', body: 'Hello\n\n{{#actionItems}}\n- {{sentence}}\n' })).toMatchObject({ ok: false, line: 3, field: 'body', message: expect.stringContaining('{{#actionItems}} is never closed') });
  });

  test('unknown variable, with its line', () => {
    expect(validateTemplate({ subject: 's', body: 'Hi\n{{managerNmae}}' })).toMatchObject({ ok: false, line: 2, message: expect.stringContaining('Unknown variable {{managerNmae}}') });
  });

  test('an item field outside its list is unknown', () => {
    expect(validateTemplate({ subject: 's', body: '{{sentence}}' })).toMatchObject({ ok: false, line: 1 });
  });

  test('unescaped tags, partials, delimiter changes, unclosed tags and stray closers are rejected', () => {
    expect(validateTemplate({ subject: 's', body: '\n{{{company}}}' })).toMatchObject({ ok: false, line: 2 });
    expect(validateTemplate({ subject: 's', body: '{{& company}}' })).toMatchObject({ ok: false, line: 1 });
    expect(validateTemplate({ subject: 's', body: '{{> partial}}' })).toMatchObject({ ok: false });
    expect(validateTemplate({ subject: 's', body: '{{=<% %>=}}' })).toMatchObject({ ok: false });
    expect(validateTemplate({ subject: 's', body: 'a\nb {{company' })).toMatchObject({ ok: false, line: 2, message: 'A “}}” is missing after company: write {{company}}.' });
    expect(validateTemplate({ subject: 's', body: 'a\n{{/goals}}' })).toMatchObject({ ok: false, line: 2, message: expect.stringContaining('never opened') });
  });

  test('the subject is checked too, and must be one line', () => {
    expect(validateTemplate({ subject: 'Hi {{bogus}}', body: '' })).toMatchObject({ ok: false, field: 'subject' });
    expect(validateTemplate({ subject: 'a\nb', body: '' })).toMatchObject({ ok: false, field: 'subject' });
  });

  test('comments are allowed', () => {
    expect(validateTemplate({ subject: 's', body: '{{! a note to self }}' })).toEqual({ ok: true });
  });
});

describe('renderSummary', () => {
  test('short: goals and next steps, by owner', () => {
    const { plan, items } = fullPlan();
    const s = renderSummary(plan, items, 'short', OPTS);
    expect(s.text).toBe(
      [
        'Career development plan with Ana Silva at Northwind',
        'Goals:\n- Grow as a technical lead: Lead the Q3 billing migration\n- Get the AWS Solutions Architect certification',
        'Next steps:\n- I will research the AWS certification by March 20. (in progress)\n- You will connect me with Priya for an informational interview by March 15. (done)\n- Priya Nair will share the design review calendar by March 18.',
      ].join('\n\n'),
    );
    expect(s.html).toContain('<ul><li>Grow as a technical lead: Lead the Q3 billing migration</li>');
  });

  test('full: every stage with content, none without', () => {
    const { plan, items } = fullPlan();
    plan.selfAssessment.vision = 'Lead a platform team';
    const s = renderSummary(plan, items, 'full', OPTS);
    expect(s.text).toContain('About:\n- Current role: Backend engineer\n- Meeting: Wednesday, March 12, 2:30 PM (45 minutes)');
    expect(s.text).toContain('In two to five years:\n- Lead a platform team');
    expect(s.text).toContain('Agenda:\n- What is going well');
    expect(s.text).toContain('Key takeaways:\n- Pair with the architecture group');
    expect(s.text).toContain('Check-ins:\n- April 1');
    expect(s.text).not.toContain('Strengths:');
    expect(s.text).not.toContain('Career paths:');
  });

  test('escapes plan text and says so when empty', () => {
    const s = renderSummary(newPlan(NOW, { managerName: HOSTILE }), [], 'short', OPTS);
    expect(s.html).not.toContain('<img');
    expect(s.text).toContain('No goals or next steps yet.');
  });
});

describe('parse cache', () => {
  test('stays bounded while a template is edited keystroke by keystroke', async () => {
    const { cachedTemplateCount } = await import('../../lib/templates/mustache');
    let body = 'Hi {{managerName}}';
    for (let i = 0; i < 300; i++) {
      body += ' x';
      renderTemplate({ subject: 's', body }, undefined, [], OPTS);
    }
    expect(cachedTemplateCount()).toBeLessThanOrEqual(64);
    expect(renderTemplate({ subject: 's', body: 'Hi {{managerName}}' }, undefined, [], OPTS).text).toBe("Hi [Manager's name]");
  });
});
