// PLACEHOLDER (owned by the templates work): the planner's Templates page.
import type { StageProps } from '@/components/planner/stage-props';
export function TemplatesStage(_props: StageProps) {
  return null;
}
