import type { CareerTalkDB } from '@/lib/db/schema';
import type { ActionItem, Plan } from '@/lib/plan/types';

/** What the planner passes to every stage component. Data is live: it re-renders on any change. */
export interface StageProps {
  db: CareerTalkDB;
  plan: Plan;
  actionItems: ActionItem[];
}
