import { describe, expect, test } from 'vitest';
import { freshDb } from './db-helpers';
import { sampleTemplate, samplePlan, seed } from './import-fixtures';
import { exportAll, exportPlan } from '../../lib/db/transfer';
import { exportFileName, serializeExport } from '../../lib/io/export';
import { mdText, planToMarkdown } from '../../lib/io/markdown';
import { sayIn } from '../setup/locale';

const t = sayIn('en');
import { validateExportFile } from '../../lib/io/validate-export';
import { newPlan } from '../../lib/plan/factory';

describe('JSON export', () => {
  test('the whole database: versioned, every plan, its action items in order, templates', async () => {
    const db = freshDb();
    const a = await seed(db, 'Acme');
    const b = await seed(db, 'Globex');
    await db.templates.add(sampleTemplate());
    const file = await exportAll(db, new Date('2025-05-01T12:00:00.000Z'));
    expect(file.format).toBe('careertalk');
    expect(file.version).toBe(1);
    expect(file.exportedAt).toBe('2025-05-01T12:00:00.000Z');
    expect(file.plans.map((p) => p.company).sort()).toEqual(['Acme', 'Globex']);
    expect(file.actionItems).toHaveLength(6);
    expect(file.actionItems.filter((i) => i.planId === a.plan.id).map((i) => i.order)).toEqual([0, 1, 2]);
    expect(file.templates).toEqual([sampleTemplate()]);
    // What we write, we can read back.
    expect(validateExportFile(JSON.parse(serializeExport(file)))).toEqual({ ok: true, value: file });
    void b;
  });

  test('one plan: only that plan and its action items, no templates', async () => {
    const db = freshDb();
    await seed(db, 'Acme');
    const b = await seed(db, 'Globex');
    await db.templates.add(sampleTemplate());
    const file = await exportPlan(db, b.plan.id);
    expect(file.plans).toEqual([b.plan]);
    expect(file.actionItems).toEqual(b.items);
    expect(file.templates).toEqual([]);
  });

  test('exporting a plan that no longer exists says so', async () => {
    await expect(exportPlan(freshDb(), 'gone')).rejects.toThrow(/no longer exists/);
  });

  test('file names are safe and say what they hold', () => {
    const now = new Date('2025-05-01T12:00:00.000Z');
    expect(exportFileName('json', undefined, now)).toBe('careertalk-all-plans-2025-05-01.json');
    expect(exportFileName('md', newPlan(now, { title: 'Société Générale / Q3: "growth"' }), now)).toBe('careertalk-societe-generale-q3-growth-2025-05-01.md');
    expect(exportFileName('json', newPlan(now, { title: '🎉🎉' }), now)).toBe('careertalk-plan-2025-05-01.json');
  });
});

describe('Markdown export', () => {
  const { plan, items } = samplePlan();
  const md = planToMarkdown(plan, items, t, new Date('2025-05-01T12:00:00.000Z'));

  test('has a heading for every stage with content, in the order of the guide', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      '## About', '## Self-assessment', '## Career paths', '## Goals and requests', '## Agenda',
      '## Meeting notes', '## Action items', '## Check-ins', '## Notes', '## Emails',
    ]);
    expect(md.startsWith('# Acme – spring cycle\n')).toBe(true);
  });

  test('carries the content of each stage', () => {
    for (const text of [
      '- **Manager:** Dana Manager', "- **Manager's email:** dana@example.com", '- **Meeting:** 2025-03-12 10:00 (30 minutes)',
      '### Strengths', '- Écrire des tests 🧪', '### Where I want to be in 2–5 years', 'Lead a platform team.  \nMaybe staff engineer.',
      '### Staff engineer (Vertical move)', '- **Gaps:** Mentoring', '- **Sam**, Staff engineer (2025-02-20): Writes many RFCs',
      '1. **Lead a project:** Leadership. Request: Lead the Q3 billing migration',
      '2. Your feedback on my strengths _(Feedback)_', '### Where I could grow', 'Speak up in design reviews', '- Draft an RFC',
    ]) expect(md).toContain(text);
  });

  test('emails say "sent" only when sent, and "drafted" otherwise', () => {
    const withDraft = { ...plan, emailsSent: [...plan.emailsSent, { kind: 'recap' as const, templateId: 'recap', at: '2025-03-13T09:00:00.000Z', via: 'gmail', status: 'drafted' as const }] };
    const text = planToMarkdown(withDraft, items, t, new Date('2025-05-01T12:00:00.000Z'));
    expect(text).toContain('- Meeting request: sent 2025-03-02 08:05 UTC (gmail)');
    expect(text).toContain('- Thank-you recap: drafted 2025-03-13 09:00 UTC (gmail), not sent yet');
    expect(text).not.toMatch(/recap: sent/);
  });

  test('action items with owner, due date and status', () => {
    expect(md).toContain('- [ ] Research the AWS certification: **Me**, due 2025-03-20 (in progress)');
    expect(md).toContain('- [ ] Introduce me to Sam: **Dana Manager**, due 2025-03-15');
    expect(md).toContain('- [x] Share the RFC template: **Sam**, no due date');
  });

  test('check-ins with progress per action item', () => {
    expect(md).toContain('### 2025-04-02\n\nOn track\n\n- Research the AWS certification: Booked the exam');
  });

  test('empty stages are left out', () => {
    const bare = planToMarkdown(newPlan(new Date('2025-01-01T00:00:00Z'), { company: 'Initech' }), [], t);
    expect(bare.split('\n').filter((l) => l.startsWith('## '))).toEqual(['## About']);
  });

  test('plan text cannot inject Markdown or HTML', () => {
    expect(mdText('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>');
    expect(mdText('# not a heading')).toBe('\\# not a heading');
    expect(mdText('1. not a list')).toBe('1\\. not a list');
    expect(mdText('[link](javascript:alert(1))')).toBe('\\[link\\](javascript:alert(1))');
    expect(mdText('line one\nline two')).toBe('line one line two');
    expect(mdText('R&D, C++ and 2-3 weeks')).toBe('R&D, C++ and 2-3 weeks');
    expect(mdText('&lt;b&gt;')).toBe('&amp;lt;b&amp;gt;');
    const hostile = samplePlan();
    hostile.plan.goals[0].text = '<img src=x onerror=alert(1)>\n## Fake heading';
    const out = planToMarkdown(hostile.plan, hostile.items, t);
    expect(out).toContain('\\<img src=x onerror=alert(1)\\> ## Fake heading');
    expect(out).not.toMatch(/(^|[^\\])<img/);
    expect(out).not.toMatch(/^## Fake heading/m);
  });
});
