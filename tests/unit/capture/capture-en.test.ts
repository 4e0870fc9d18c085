import { describe, expect, test } from 'vitest';
import { parseCapture } from '../../../lib/plan/capture/parse';
import { checkCase, CONTEXT, type CaptureCase } from './capture-cases';

// Today is Tuesday 1 December 2026 (see capture-cases.ts).
const CASES: CaptureCase[] = [
  ['I will write the scope by Dec 11', 'me', '2026-12-11', 'write the scope'],
  ["you'll introduce me to Marco by the 8th", 'manager', '2026-12-08', 'introduce me to Marco'],
  ['Marco will share the churn dashboard by Friday', 'other:Marco', '2026-12-04', 'share the churn dashboard'],
  ["I'll book the AWS exam by end of month", 'me', '2026-12-31', 'book the AWS exam'],
  ['I’ll send the summary tomorrow', 'me', '2026-12-02', 'send the summary'],
  ['You will check the training budget', 'manager', '', 'check the training budget'],
  ['Dana will ask finance about the course fee by Monday', 'manager', '2026-12-07', 'ask finance about the course fee'],
  ['Sam will draft the mentoring proposal in two weeks', 'me', '2026-12-15', 'draft the mentoring proposal'],
  ['Priya Nair will set up the shadowing day by January 15', 'other:Priya Nair', '2027-01-15', 'set up the shadowing day'],
  ['I am going to finish the SQL course by 15 January 2027', 'me', '2027-01-15', 'finish the SQL course'],
  ['I will send the deck on 2027-01-20', 'me', '2027-01-20', 'send the deck'],
  ['I will share notes by the end of the week', 'me', '2026-12-04', 'share notes'],
  ['You can review my plan by end of next month', 'manager', '2027-01-31', 'review my plan'],
  ['I will update the roadmap by the end of the quarter', 'me', '2026-12-31', 'update the roadmap'],
  ['I will finish the certification by end of year', 'me', '2026-12-31', 'finish the certification'],
  ['I will pick a mentor next week', 'me', '2026-12-11', 'pick a mentor'],
  ['I will choose a project by next week', 'me', '2026-12-07', 'choose a project'],
  ['I will read the guide in 3 days', 'me', '2026-12-04', 'read the guide'],
  ['I will schedule the follow-up within a month', 'me', '2027-01-01', 'schedule the follow-up'],
  ['I will prepare questions for Wednesday', 'me', '2026-12-02', 'prepare questions'],
  ['I will send the brief Friday next week', 'me', '2026-12-11', 'send the brief'],
  ['I will pair with Lee on Monday', 'me', '2026-12-07', 'pair with Lee'],
  ['I will write it up by the day after tomorrow', 'me', '2026-12-03', 'write it up'],
  ['I will send it by end of day', 'me', '2026-12-01', 'send it'],
  ['I will draft the goals by mid-January', 'me', '2027-01-15', 'draft the goals'],
  ['I will enrol by the end of February', 'me', '2027-02-28', 'enrol'],
  ['I will send the report by 12/25', 'me', '2026-12-25', 'send the report'],
  ['I will send the report by 25/12', 'me', '2026-12-25', 'send the report'],
  ['I will shadow the on-call team by the 30th', 'me', '2026-12-30', 'shadow the on-call team'],
  ['- Marco: book the room by Thursday', 'other:Marco', '2026-12-03', 'book the room'],
  ['Ask Marco for the data by Friday', 'me', '2026-12-04', 'Ask Marco for the data', 'owner'],
  ['We will revisit the goals next month', 'me', '', 'revisit the goals', 'owner; ambiguous 2027-01-01 2027-01-31'],
  ['I will send the plan by 12/11', 'me', '', 'send the plan', 'ambiguous 2026-12-11 2027-11-12'],
  ['I will call Marco next Friday', 'me', '', 'call Marco', 'ambiguous 2026-12-04 2026-12-11'],
  ['I will call Marco next Monday', 'me', '2026-12-07', 'call Marco'],
  ['You will sign off on Tuesday', 'manager', '', 'sign off', 'ambiguous 2026-12-01 2026-12-08'],
  ['I will send the draft by Nov 20', 'me', '', 'send the draft', 'past 2026-11-20 2027-11-20'],
  ['I will send it on Feb 30', 'me', '', 'send it', 'invalid'],
  ['I will send the deck by Friday or Monday', 'me', '', 'send the deck', 'ambiguous 2026-12-04 2026-12-07'],
  ['Could you introduce me to the data team by the 15th?', 'manager', '2026-12-15', 'introduce me to the data team'],
  ['Let me think about the lateral move by Jan 5', 'me', '2027-01-05', 'think about the lateral move'],
  ['The team will run a retro by Friday', 'me', '2026-12-04', 'The team will run a retro', 'owner'],
  ['She will send the job posting tomorrow', 'me', '2026-12-02', 'send the job posting', 'owner'],
  ['TODO: I will write the scope by December 11th, 2026', 'me', '2026-12-11', 'write the scope'],
  ['1. you’ll book a slot for the next check-in in 3 weeks', 'manager', '2026-12-22', 'book a slot for the next check-in'],
  ["Marco'll send me the interview notes this week", 'other:Marco', '2026-12-04', 'send me the interview notes'],
  ['I will finish the course soon', 'me', '', 'finish the course soon'],
];

describe('capture parser, English', () => {
  test.each(CASES)('%s', (...row) => checkCase('en', row));

  test('the names from the plan decide who "Dana" and "Sam" are; without them they are other people', () => {
    expect(parseCapture('Dana will ask finance', 'en', { today: CONTEXT.today })).toMatchObject({ owner: 'other', ownerName: 'Dana' });
    expect(parseCapture('Dana will ask finance', 'en', CONTEXT)).toMatchObject({ owner: 'manager', ownerName: '' });
  });

  test('an empty or punctuation-only line is no action item', () => {
    expect(parseCapture('  ', 'en', CONTEXT)).toBeUndefined();
    expect(parseCapture(' - ', 'en', CONTEXT)).toBeUndefined();
  });

  test('the words the date was read from are kept to show next to the date', () => {
    expect(parseCapture('I will write the scope by Dec 11', 'en', CONTEXT)?.dateWords).toBe('by Dec 11');
  });

  test('a "today" that is no date is a programming error, not a silent guess', () => {
    expect(() => parseCapture('I will', 'en', { today: '1 Dec' })).toThrow(RangeError);
  });
});
