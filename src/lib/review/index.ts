/** Case review (issue 7): decisions on flags, their audit trail, storage, exchange and merge. */
export * from './types';
export { OPEN_STATE, decide, decidingEntry, entryKey, stateKey, stateOf, sameSubstance } from './decision';
export { groupCases, relatedItems, type Case } from './cases';
export { explain, factsChanged, factsOf, reopenIfFactsChanged, type Explanation } from './entries';
export { decideMany } from './bulk';
export { byFlagId, statusOf, flagsByStatus, countByStatus, findOrphans, pendingConflicts } from './filter';
export { mergeDecision, mergeAll, conflictOptions, resolveConflict, type MergeOutcome, type MergeReport } from './merge';
export { DECISIONS_FORMAT, DECISIONS_VERSION, DecisionsFileError, decisionsToJson, parseDecisionsJson, type DecisionsFile, type DecisionsFileMeta } from './exchange';
export { createMemoryDecisionStore, type DecisionStore } from './store';
export { openIdbDecisionStore, REVIEW_DB_NAME, type IdbStoreOptions } from './idb-store';
export { openReviewSession, assertAppendOnly, AppendOnlyError, type ReviewSession, type DecisionInput, type ReviewMessage } from './session';
export { applyUpdate, type DecisionUpdate } from './store';
