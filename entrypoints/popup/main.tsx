import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import { getDb } from '@/lib/db/schema';
import { replayJournal } from '@/lib/db/draft-journal';
import '@/components/theme.css';

// Start opening the database now, in parallel with the first render: the popup's
// first data waits on it, and the render's effects only run after a paint.
const db = getDb();
db.open().catch(() => {
  // The popup shows the error when it queries.
});

// Anything typed in a page that closed mid-write is saved before the plan is shown.
replayJournal(db)
  .catch(() => 0)
  .finally(() => render(<PopupApp />, document.getElementById('app')!));
