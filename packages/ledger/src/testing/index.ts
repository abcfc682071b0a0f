export { deciderSpec, programmeSpec, municipalitySpec, DeciderSpecFailure, type GivenEvent } from './decider-spec.js';
export {
  canonical,
  hoogeveenCommands,
  hoogeveenDomains,
  hoogeveenMeasureId,
  hoogeveenPlan,
  HOOGEVEEN,
  HOOGEVEEN_PROGRAMME,
  HOOGEVEEN_STREAM,
  HOOGEVEEN_KEY,
} from './hoogeveen.js';
