import { firefoxJourneys } from './lane';
import { contextMenuJourneys } from '../journeys/context-menus.journey';

const ff = firefoxJourneys();
contextMenuJourneys(ff.lane);
ff.checkQuietAndLocal();
