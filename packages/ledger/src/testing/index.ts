export { deciderSpec, programmeSpec, municipalitySpec, DeciderSpecFailure, type GivenEvent } from './decider-spec.js';
export { hoogeveenCommands, hoogeveenDomains, HOOGEVEEN, HOOGEVEEN_PROGRAMME } from './hoogeveen.js';
