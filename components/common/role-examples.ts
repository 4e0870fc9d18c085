import { t, type MessageKey } from '@/lib/i18n';
import { roleFamily, type RoleFamily } from '@/lib/plan/role-family';

export type ExampleField = 'strength' | 'pathRole' | 'goalRequest';

/** The engineering examples are the ones the planner always had; the other families have their own. */
const ENGINEERING: Record<ExampleField, MessageKey> = {
  strength: 'stageSelfStrengthsPlaceholder',
  pathRole: 'stagePathsRolePlaceholder',
  goalRequest: 'stageGoalsRequestPlaceholder',
};

const KEYS: Record<Exclude<RoleFamily, 'engineering'>, Record<ExampleField, MessageKey>> = {
  data: { strength: 'exampleStrengthData', pathRole: 'examplePathRoleData', goalRequest: 'exampleGoalRequestData' },
  sales: { strength: 'exampleStrengthSales', pathRole: 'examplePathRoleSales', goalRequest: 'exampleGoalRequestSales' },
  operations: { strength: 'exampleStrengthOperations', pathRole: 'examplePathRoleOperations', goalRequest: 'exampleGoalRequestOperations' },
  design: { strength: 'exampleStrengthDesign', pathRole: 'examplePathRoleDesign', goalRequest: 'exampleGoalRequestDesign' },
  people: { strength: 'exampleStrengthPeople', pathRole: 'examplePathRolePeople', goalRequest: 'exampleGoalRequestPeople' },
  neutral: { strength: 'exampleStrengthNeutral', pathRole: 'examplePathRoleNeutral', goalRequest: 'exampleGoalRequestNeutral' },
};

/** An example for an empty field, from the person's kind of work (their current role), else neutral. */
export function roleExample(field: ExampleField, currentRole: string): string {
  const family = roleFamily(currentRole);
  return t(family === 'engineering' ? ENGINEERING[field] : KEYS[family][field]);
}
