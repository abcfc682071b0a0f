export { canonicalJson } from './canonical-json.js';
export {
  GENESIS_HASH,
  LATEST_HASH_SCHEME,
  hashEvent,
  hashEventV2,
  hashStoredEvent,
  type HashInput,
  type HashInputV2,
  type HashScheme,
} from './hash.js';
export { verifyStore, verifyStreamEvents, type ChainBreak, type VerifyReport, type VerifyProgress } from './verify.js';
export { formatAnchorLine, parseAnchorLine, findAnchorLines, type Anchor } from './anchor.js';
export { LEDGER_GENESIS, FINGERPRINT_LENGTH, LedgerDigest, linkLedger, type LedgerHead } from './ledger-digest.js';
export {
  checkAnchors,
  type AnchorCheck,
  type AnchorRecord,
  type AnchorVerdict,
  type Divergence,
  type LedgerSource,
} from './check-anchors.js';
