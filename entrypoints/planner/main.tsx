import { render } from 'preact';
import { PlannerApp } from '@/components/planner/PlannerApp';
import '@/components/theme.css';

render(<PlannerApp />, document.getElementById('app')!);
