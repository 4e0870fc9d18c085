// PLACEHOLDER (owned by the data work): export / import page of the planner.
import type { CareerTalkDB } from '@/lib/db/schema';
import type { Plan } from '@/lib/plan/types';
export function DataStage(_props: { db: CareerTalkDB; plan: Plan | undefined }) {
  return null;
}
