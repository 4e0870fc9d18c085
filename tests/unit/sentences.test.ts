import { describe, expect, test } from 'vitest';
import { asPhrase, asSentence, capitalise, isSentence, joinList, joinSentences, toSecondPerson } from '../../lib/templates/sentences';

describe('joining the person\'s words into our sentences', () => {
  test('capitals: a sentence starts with one, a phrase inside our sentence does not (acronyms, names and "I" stay)', () => {
    expect(capitalise('in 2–3 years I lead a team')).toBe('In 2–3 years I lead a team');
    expect(capitalise('“quoted” start')).toBe('“Quoted” start');
    expect(capitalise('<img src=x> text')).toBe('<img src=x> text');
    expect(asPhrase('Lead the Q3 forecast refresh')).toBe('lead the Q3 forecast refresh');
    expect(asPhrase('AWS certification')).toBe('AWS certification');
    expect(asPhrase('I want to mentor juniors')).toBe('I want to mentor juniors');
    expect(asPhrase('iOS training')).toBe('iOS training');
    expect(`Where I would like to be: ${asPhrase('In 2–3 years I lead a small team.')}`).toBe('Where I would like to be: in 2–3 years I lead a small team');
  });

  test('trailing punctuation: added once to a sentence, never doubled, dropped from a phrase', () => {
    expect(asSentence('share the plan')).toBe('Share the plan.');
    expect(asSentence('Share the plan.')).toBe('Share the plan.');
    expect(asSentence('Could we meet?')).toBe('Could we meet?');
    expect(asSentence('done (finally)')).toBe('Done (finally).');
    expect(asSentence('a list,')).toBe('A list.');
    expect(asPhrase('Lead the migration.')).toBe('lead the migration');
    expect(asPhrase('Lead the migration;  ')).toBe('lead the migration');
    expect(asPhrase('Booked the exam. Studying every Friday.')).toBe('Booked the exam. Studying every Friday');
  });

  test('empty parts are left out, not left as labels or stray punctuation', () => {
    expect(asSentence('   ')).toBe('');
    expect(joinList(['', 'SQL', '  '])).toBe('SQL');
    expect(joinSentences(['Booked the exam', '', '  ', 'first module done.'])).toBe('Booked the exam. First module done.');
    expect(joinList([])).toBe('');
  });

  test('a list of one and a list of many', () => {
    expect(joinList(['forecasting'])).toBe('forecasting');
    expect(joinList(['forecasting', 'data engineering'])).toBe('forecasting and data engineering');
    expect(joinList(['a mentor', 'a course', 'a project'])).toBe('a mentor, a course and a project');
    expect(joinList(['here', 'there'], 'or')).toBe('here or there');
  });

  test('is it a sentence already?', () => {
    expect(isSentence('I lead a small analytics team')).toBe(true);
    expect(isSentence('Booked it. Next week the exam.')).toBe(true);
    expect(isSentence('What should I focus on?')).toBe(true);
    expect(isSentence('data engineering')).toBe(false);
    expect(isSentence('Lead the Q3 refresh')).toBe(false);
  });

  test('text about the manager in the third person is written to them', () => {
    expect(toSecondPerson('Priya suggested I shadow the data platform team', 'Priya Shah')).toBe('You suggested I shadow the data platform team');
    expect(toSecondPerson('Priya Shah thinks the SQL course is a good fit', 'Priya Shah')).toBe('You think the SQL course is a good fit');
    expect(toSecondPerson('She is happy to introduce me to Sam', 'Priya Shah')).toBe('You are happy to introduce me to Sam');
    expect(toSecondPerson('my manager recommends the forecasting guild', 'Priya Shah')).toBe('You recommend the forecasting guild');
    expect(toSecondPerson("Join Priya's planning meeting once a month", 'Priya Shah')).toBe('Join your planning meeting once a month');
    // Other people stay third person; "Priyanka" is not "Priya".
    expect(toSecondPerson('Sam will share her notes; Priyanka agrees', 'Priya Shah')).toBe('Sam will share her notes; Priyanka agrees');
    expect(toSecondPerson('Great talk. Priya offered a mentor.', 'Priya')).toBe('Great talk. You offered a mentor.');
  });
});
