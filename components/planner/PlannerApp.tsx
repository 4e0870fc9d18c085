// PLACEHOLDER (owned by the planner work).
export function PlannerApp() {
  return <main><h1>CareerTalk planner</h1></main>;
}
