/**
 * The code signals (code-signals.ts) matched in source and configuration files by the single
 * content pass (content-pass.ts); helpers to pick their hits.
 */
export { codeScan } from './content-pass.js';
export { allHits, firstHit, inComment, inProse, type CodeScan, type SignalHit } from './signal-scan.js';
