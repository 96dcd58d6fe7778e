/**
 * The data contract (docs/data-format.md): files → checked canonical tables → engine.
 * Browser-safe: the Node-only folder reader is in ./read-folder.
 */
export type { InputFile } from './input-files';
export type { Problem } from './problems';
export { DatasetError, describeProblem, hasErrors, problemsToCsv, sortProblems } from './problems';
export type { ParseOptions, ParsedDataset } from './parse-dataset';
export { parseDataset } from './parse-dataset';
export { loadDataset, loadLater } from './load-dataset';
export type { HeaderMap, SourceHeaders } from './headers';
export type { CanonicalRow, CanonicalValue } from './values';
export { TABLE_NAMES, REQUIRED_TABLES, SCHEMA, type TableName } from './schema';
