import { firefoxJourneys } from './lane';
import { plannerJourneys } from '../journeys/planner.journey';

const ff = firefoxJourneys();
plannerJourneys(ff.lane);
ff.checkQuietAndLocal();
