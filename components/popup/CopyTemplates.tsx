// PLACEHOLDER (owned by the templates work): the popup's Copy buttons for each template.
import type { StageProps } from '@/components/planner/stage-props';
export function CopyTemplates(_props: StageProps) {
  return null;
}
