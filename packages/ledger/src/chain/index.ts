export { canonicalJson } from './canonical-json.js';
export { GENESIS_HASH, hashEvent, type HashInput } from './hash.js';
export { verifyStore, verifyStreamEvents, type ChainBreak, type VerifyReport, type VerifyProgress } from './verify.js';
