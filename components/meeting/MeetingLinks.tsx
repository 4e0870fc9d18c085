// PLACEHOLDER (owned by the calendar/compose-links work): .ics download and "open a draft" links.
import type { StageProps } from '@/components/planner/stage-props';
export function MeetingLinks(_props: StageProps) {
  return null;
}
