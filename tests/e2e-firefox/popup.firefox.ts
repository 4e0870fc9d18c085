import { firefoxJourneys } from './lane';
import { popupJourneys } from '../journeys/popup.journey';

const ff = firefoxJourneys();
popupJourneys(ff.lane);
ff.checkQuietAndLocal();
