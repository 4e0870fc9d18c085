import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import { getDb } from '@/lib/db/schema';
import { replayJournal } from '@/lib/db/draft-journal';
import '@/components/theme.css';

// Anything typed in a page that closed mid-write is saved before the plan is shown.
replayJournal(getDb())
  .catch(() => 0)
  .finally(() => render(<PopupApp />, document.getElementById('app')!));
