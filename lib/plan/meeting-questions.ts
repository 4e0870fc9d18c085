import type { MessageKey } from '../i18n';
import type { Goal, GoalKind } from './types';

/** A question for the manager, as a message key and the words that fill it. */
export interface MeetingQuestion {
  key: MessageKey;
  subs: string[];
  /** The goal it was built from ('' for the guide's general questions). */
  goalId: string;
}

/** One question per kind of goal, worded for what the person can ask for. */
const BY_KIND: Record<GoalKind, MessageKey> = {
  'lead-project': 'meetingModeAskLeadProject',
  mentor: 'meetingModeAskMentor',
  certification: 'meetingModeAskCertification',
  training: 'meetingModeAskTraining',
  shadowing: 'meetingModeAskShadowing',
  other: 'meetingModeAskOther',
};

/** The guide's questions for the manager: aspirations, strengths, growth, opportunities. */
const GENERAL: MessageKey[] = ['meetingModeAskSkills', 'meetingModeAskStrengths', 'meetingModeAskGrowth', 'meetingModeAskOpportunities'];

/**
 * "Ship the Q3 churn dashboard." → "Ship the Q3 churn dashboard": the sentence around it has its own
 * full stop. The case stays as typed (after "My goal:" a capital reads well, and German nouns keep theirs).
 */
function inSentence(text: string): string {
  return text.trim().replace(/[.!?;,\s]+$/, '');
}

/**
 * Questions built from the person's own goals first (the goal's request in their words,
 * else the goal), then the guide's general ones, so every meeting has something to ask.
 */
export function meetingQuestions(goals: Goal[]): MeetingQuestion[] {
  const fromGoals = goals
    .map((g) => ({ g, words: inSentence(g.request || g.text) }))
    .filter(({ words }) => words)
    .map(({ g, words }) => ({ key: BY_KIND[g.kind] ?? BY_KIND.other, subs: [words], goalId: g.id }));
  return [...fromGoals, ...GENERAL.map((key) => ({ key, subs: [], goalId: '' }))];
}
