import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import { getDb } from '@/lib/db/schema';
import { replayJournal } from '@/lib/db/draft-journal';
import '@/components/theme.css';

// The first frame paints from the synchronous snapshot; meanwhile the database opens and
// anything typed in a page that closed mid-write is saved, before the database is read.
const db = getDb();
const replayed = replayJournal(db).catch(() => 0);
render(<PopupApp ready={replayed} />, document.getElementById('app')!);
