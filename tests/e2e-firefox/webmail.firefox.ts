import { firefoxJourneys } from './lane';
import { webmailJourneys } from '../journeys/webmail.journey';

const ff = firefoxJourneys();
webmailJourneys(ff.lane);
ff.checkQuietAndLocal();
