import { describe, expect, test } from 'vitest';
import { builtinTemplate, renderTemplate } from '../../lib/templates';
import { applyFix, NO_CHOICES, parseFix, reviewEmail, type Finding } from '../../lib/templates/review';
import type { EmailChoices } from '../../lib/plan/types';
import { GOLDEN_PLANS } from '../golden/plans';
import { t } from '../../lib/i18n';

const analyst = GOLDEN_PLANS.find((g) => g.name === 'data-analyst')!;
const { plan, items, now } = analyst;
const render = (id: string, choices: EmailChoices = NO_CHOICES, tpl = builtinTemplate(id)!) => renderTemplate(tpl, plan, items, { locale: 'en-US', now, choices });
// The interface speaks the email's language (English): a vague goal's concrete forms are offered as replacements.
const review = (id: string, choices: EmailChoices = NO_CHOICES, tpl = builtinTemplate(id)!) => reviewEmail(render(id, choices, tpl), plan, items, choices, { suggestion: (key) => t(key) });
const fixTypes = (f: Finding) => f.fixes.map((x) => x.fix.type);

describe('the review of an outgoing email', () => {
  test('the recap: the action item without a date is listed, with "pick a date", "a date we agree on" and "keep as is"', () => {
    const findings = review('recap');
    const noDate = findings.filter((f) => f.kind === 'no-date');
    expect(noDate.map((f) => f.subs[0])).toEqual(['Sign up for the SQL performance course']);
    expect(fixTypes(noDate[0])).toEqual(['set-due', 'undated-agree', 'keep-as-is']);
    // "a date we agree on": the placeholder is gone from the re-rendered email, and so is the finding.
    const agreed = applyFix(NO_CHOICES, noDate[0].fixes[1].fix);
    expect(render('recap', agreed).text).toContain('I will sign up for the SQL performance course by a date we agree on.');
    expect(review('recap', agreed).filter((f) => f.kind === 'no-date')).toEqual([]);
  });

  test('the agenda: the flagged goals are left out and said so; keeping the vague one brings a vague finding; "leave out" removes it again', () => {
    const findings = review('agenda');
    expect(findings.filter((f) => f.kind === 'left-out').map((f) => f.subs[0])).toEqual([
      'Get a raise this year to reflect the extra reporting work',
      'Get more leadership experience',
    ]);
    expect(findings.some((f) => f.kind === 'framing')).toBe(false);

    const kept = applyFix(NO_CHOICES, { type: 'keep-goal', goalId: 'g-vague' });
    expect(render('agenda', kept).text).toContain('get more leadership experience');
    const vague = review('agenda', kept).find((f) => f.kind === 'vague')!;
    expect(vague.subs).toEqual(['Get more leadership experience']);
    expect(fixTypes(vague)).toEqual(['replace-goal', 'replace-goal', 'replace-goal', 'omit-goal', 'keep-as-is']);

    // One of the concrete forms instead.
    const replaced = applyFix(kept, vague.fixes[0].fix);
    const text = render('agenda', replaced).text;
    expect(text).not.toMatch(/leadership experience/i);
    expect(text.toLowerCase()).toContain((vague.fixes[0].fix as { text: string }).text.toLowerCase().slice(0, 30));

    // Leave it out: the re-rendered email omits the goal.
    const omitted = applyFix(kept, vague.fixes[3].fix);
    expect(render('agenda', omitted).text).not.toMatch(/leadership/i);
  });

  test('a template that lists every goal shows the pay goal only when kept; then framing is flagged and "leave out" removes it', () => {
    const own = { subject: 'Goals', body: 'Hi {{managerFirstName}},\n\n{{#goals}}\n- {{line}}\n{{/goals}}\n\n{{myName}}' };
    expect(render('x', NO_CHOICES, { ...own, id: 'own' } as never).text).not.toMatch(/raise/);
    const kept = applyFix(NO_CHOICES, { type: 'keep-goal', goalId: 'g-raise' });
    const withPay = review('x', kept, own as never);
    const framing = withPay.find((f) => f.kind === 'framing')!;
    expect(framing.key).toBe('reviewFindingPay');
    expect(framing.fixes.map((x) => x.fix)).toEqual([{ type: 'omit-goal', goalId: 'g-raise' }, { type: 'keep-as-is', findingId: framing.id }]);
    const omitted = applyFix(kept, framing.fixes[0].fix);
    expect(render('x', omitted, own as never).text).not.toMatch(/raise/);
  });

  test('"keep as is" is remembered: the finding is not shown again for this email', () => {
    // (A complete email has nothing to say.)
    expect(review('informational-interview')).toEqual([]);
    const noDate = review('recap').find((f) => f.kind === 'no-date')!;
    const choices = applyFix(NO_CHOICES, { type: 'keep-as-is', findingId: noDate.id });
    expect(review('recap', choices).find((f) => f.id === noDate.id)).toBeUndefined();
  });

  test('other placeholders are listed; fixes from a message are validated', () => {
    const sparse = { ...plan, company: '' };
    const r = renderTemplate(builtinTemplate('meeting-request')!, sparse, items, { locale: 'en-US', now });
    expect(reviewEmail(r, sparse, items).map((f) => [f.kind, f.subs[0]])).toEqual([['placeholder', '[Company]']]);
    expect(parseFix({ type: 'omit-goal', goalId: 'g' })).toEqual({ type: 'omit-goal', goalId: 'g' });
    expect(parseFix({ type: 'replace-goal', goalId: 'g', text: 'x'.repeat(301) })).toBeUndefined();
    expect(parseFix({ type: 'set-due' })).toBeUndefined();
    expect(parseFix({ type: 'eval' })).toBeUndefined();
    expect(parseFix(null)).toBeUndefined();
  });
});
