import { describe, expect, test } from 'vitest';
import { clock, meetingParts, positionAt } from '../../lib/plan/meeting-timeline';
import { meetingQuestions } from '../../lib/plan/meeting-questions';
import { t } from '../../lib/i18n';

describe('meeting timeline', () => {
  const agenda = [
    { id: 'a', section: 'current-role' as const, text: 'My role' },
    { id: 'b', section: 'goals' as const, text: 'Leading the churn dashboard' },
    { id: 'c', section: 'feedback' as const, text: 'Your view' },
  ];

  test('30 minutes: 3 to open, 5 to close, the rest shared by the agenda; the parts cover the meeting exactly', () => {
    const parts = meetingParts(agenda, 30);
    expect(parts.map((p) => [p.kind, p.agendaId, p.seconds])).toEqual([
      ['open', '', 180],
      ['agenda', 'a', 440],
      ['agenda', 'b', 440],
      ['agenda', 'c', 440],
      ['close', '', 300],
    ]);
    // Seconds that do not divide evenly go to the first topic.
    const seven = Array.from({ length: 7 }, (_, i) => ({ ...agenda[0], id: `x${i}` }));
    expect(meetingParts(seven, 30).map((p) => p.seconds)).toEqual([180, 192, 188, 188, 188, 188, 188, 188, 300]);
    expect(parts.reduce((sum, p) => sum + p.seconds, 0)).toBe(30 * 60);
    parts.forEach((p, i) => i > 0 && expect(p.start).toBe(parts[i - 1].start + parts[i - 1].seconds));
  });

  test('an empty agenda uses the guide four topics; a tiny meeting still has an opening and a close', () => {
    expect(meetingParts([], 45).filter((p) => p.kind === 'agenda').map((p) => p.section)).toEqual(['current-role', 'long-term', 'goals', 'feedback']);
    const tiny = meetingParts(agenda, 5);
    expect(tiny[0].seconds).toBe(60);
    expect(tiny.at(-1)!.seconds).toBe(120);
    expect(tiny.reduce((sum, p) => sum + p.seconds, 0)).toBe(300);
  });

  test('where the clock stands: the part now, what is left of it, and time over', () => {
    const parts = meetingParts(agenda, 30);
    expect(positionAt(parts, 0)).toEqual({ index: 0, left: 180, over: 0 });
    expect(positionAt(parts, 181)).toMatchObject({ index: 1 });
    expect(positionAt(parts, 26 * 60)).toMatchObject({ index: 4, left: 240, over: 0 });
    expect(positionAt(parts, 31 * 60 + 5)).toEqual({ index: 4, left: 0, over: 65 });
    expect(clock(65)).toBe('1:05');
    expect(clock(3600)).toBe('60:00');
  });
});

describe('meeting questions', () => {
  test('built from the person goals first (their request, else the goal), then the guide general questions', () => {
    const questions = meetingQuestions([
      { id: 'g1', kind: 'lead-project', text: 'Lead analytics projects', request: 'Lead the Q1 churn dashboard project.' },
      { id: 'g2', kind: 'mentor', text: 'A mentor in data science', request: '' },
      { id: 'g3', kind: 'other', text: '  ', request: '' },
    ]);
    const texts = questions.map((q) => t(q.key, ...q.subs));
    expect(texts.slice(0, 2)).toEqual([
      'My goal: Lead the Q1 churn dashboard project. Which coming project would let me do that, and what would you want to see from me first?',
      'My goal: A mentor in data science. Who would you suggest as a mentor, and could you introduce us?',
    ]);
    expect(questions.map((q) => q.goalId)).toEqual(['g1', 'g2', '', '', '', '']);
    expect(texts.at(-1)).toMatch(/stretch assignments/);
  });

  test('with no goals, the guide questions are still there', () => {
    expect(meetingQuestions([])).toHaveLength(4);
  });
});
