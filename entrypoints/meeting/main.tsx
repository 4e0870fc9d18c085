import { render } from 'preact';
import { MeetingModeApp } from '@/components/meeting-mode/MeetingModeApp';
import { getDb } from '@/lib/db/schema';
import { replayJournal } from '@/lib/db/draft-journal';
import '@/components/theme.css';

const params = new URLSearchParams(location.search);
const planId = params.get('plan') ?? undefined;
const small = params.get('window') === 'small';

// Anything typed in a CareerTalk page that closed mid-write is saved before the meeting is shown.
replayJournal(getDb())
  .catch(() => 0)
  .finally(() => render(<MeetingModeApp planId={planId} small={small} />, document.getElementById('app')!));
