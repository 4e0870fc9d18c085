import { render } from 'preact';
import { PlannerApp } from '@/components/planner/PlannerApp';
import { getDb } from '@/lib/db/schema';
import { replayJournal } from '@/lib/db/draft-journal';
import '@/components/theme.css';

// Anything typed in a CareerTalk page that closed mid-write is saved before the plan is shown.
replayJournal(getDb())
  .catch(() => 0)
  .finally(() => render(<PlannerApp />, document.getElementById('app')!));
