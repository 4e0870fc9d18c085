import { render } from 'preact';
import { PlannerApp } from '@/components/planner/PlannerApp';
import { getDb } from '@/lib/db/schema';
import { replayJournal } from '@/lib/db/draft-journal';
import '@/components/theme.css';

// The first frame paints from the synchronous snapshot; anything typed in a CareerTalk page
// that closed mid-write is saved before the database is read.
const replayed = replayJournal(getDb()).catch(() => 0);
render(<PlannerApp ready={replayed} />, document.getElementById('app')!);
