/**
 * The demo-data generator: a seeded, synthetic dataset of a district (or province) party
 * organisation, 2018–2025, in the tables of docs/data-format.md, with planted cases of every check and the
 * truth file listing exactly the flags the checks must produce (docs/generator.md).
 *
 * Pure: no I/O. `generateDataset` returns rows in memory (small scales: tests, notebooks);
 * `streamDataset` hands CSV text to sinks the caller owns (the CLI writes files with them).
 */
import { WorldBuilder, cellsBelow } from './builder';
import { assignCivilServantDetails, assignDetails } from './details';
import { plantAdministrativeDisciplines, plantBackgroundDisciplines } from './disciplines';
import { assignMembership } from './membership';
import { plantReorganisation } from './plants-v2';
import { reorganiseDistrict, reorganiser } from './reorganise';
import { emitDataset, tableColumns, TEXT_RULES, type OutRow, type OutTable } from './emit';
import { csvHeader, csvLine } from './csv';
import { assignLevels } from './levels';
import { childrenIn, inTree, YEARS, type NegativeCase, type Unit, type World } from './model';
import { plantDistrict } from './plants';
import { plantLeaderQuotas, plantProvinceQuota } from './plants-global';
import { plantRowCases } from './plants-rows';
import { plantReviewCases } from './plants-text';
import { SCALES, type ScaleName } from './scales';
import { buildDistrict, buildProvinceShell, buildProvinceTop, type DistrictContext } from './structure';

export { SCALES, SCALE_NAMES, type ScaleName } from './scales';
export { TABLE_COLUMNS, TABLE_COLUMNS_V2, tableColumns, type OutRow, type OutTable } from './emit';
export type { NegativeCase, TruthRow } from './model';

/**
 * Versions of the data contract the generator can write. Version 1 is kept byte for byte as it was
 * (one tree for all years, every member rated): other tests pin audits of it.
 */
export const DATA_FORMATS = [1, 2] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];
export const DEFAULT_FORMAT: DataFormat = 2;

export interface GenerateOptions {
  scale: ScaleName;
  seed: number;
  /** Write reviews.csv (default true). */
  reviews?: boolean;
  /** Version of the data contract (default DEFAULT_FORMAT). */
  format?: DataFormat;
}

function formatOf(options: GenerateOptions): DataFormat {
  const format = options.format ?? DEFAULT_FORMAT;
  if (!DATA_FORMATS.includes(format)) throw new Error(`unknown data format ${format} (expected ${DATA_FORMATS.join(' or ')})`);
  return format;
}

/** The file each table is written to. */
export const TABLE_FILES: Record<OutTable, string> = {
  units: 'units.csv',
  unit_changes: 'unit_changes.csv',
  people: 'people.csv',
  ratings: 'ratings.csv',
  disciplines: 'disciplines.csv',
  reviews: 'reviews.csv',
  truth: 'truth.csv'
};

/** Builds the whole world: structure, planted cases, background disciplines, levels, details. */
export function buildWorld(options: GenerateOptions): World {
  const config = SCALES[options.scale];
  if (!config) throw new Error(`unknown scale "${options.scale}" (expected demo, district or province)`);
  if (!Number.isInteger(options.seed)) throw new Error(`seed must be an integer, got ${options.seed}`);
  formatOf(options);
  const format = formatOf(options);
  const b = new WorldBuilder(options.seed, format);
  // Version 2 crosses the 2025 reorganisation: the district's grassroots organisations end up under
  // the province committee, so a district dataset has one above it (whose own ratings it lacks).
  const top = config.province ? buildProvinceTop(b) : format === 2 ? buildProvinceShell(b) : null;
  const reorg = format === 2 ? reorganiser(b.world, top!) : null;
  const districts: DistrictContext[] = [];
  for (let d = 0; d < config.districts; d++) {
    const ctx = buildDistrict(b, d, top, config.shape);
    for (let set = 0; set < config.plantSets; set++) plantDistrict(ctx, set);
    if (reorg) reorganiseDistrict(reorg, ctx, plantReorganisation(reorg, ctx));
    districts.push(ctx);
  }
  const world = b.world;
  world.grassroots = world.units.filter((u) => u.kind === 'co_so').map((unit) => ({ unit, cells: cellsBelow(unit) }));
  if (format === 2) {
    world.grassrootsByYear = YEARS.map((_, yi) => grassrootsIn(world, yi));
    assignMembership(world);
  }
  plantLeaderQuotas(world);
  if (top && config.province) plantProvinceQuota(world, top);
  plantBackgroundDisciplines(world);
  if (format === 2) plantAdministrativeDisciplines(world);
  assignLevels(world);
  assignDetails(world);
  if (format === 2) assignCivilServantDetails(world);
  for (const ctx of districts) plantRowCases(world, ctx, config.plantSets);
  for (const ctx of districts) plantReviewCases(world, ctx, config.plantSets);
  return world;
}

/** The grassroots organisations of year index yi with the units holding members at or below each, in that year's tree. */
function grassrootsIn(world: World, yi: number): { unit: Unit; cells: Unit[] }[] {
  const cellsOf = (u: Unit): Unit[] => [...(u.members.length ? [u] : []), ...childrenIn(u, yi).flatMap(cellsOf)];
  return world.units.filter((u) => u.kind === 'co_so' && inTree(u, yi)).map((unit) => ({ unit, cells: cellsOf(unit) }));
}

export interface GeneratedDataset {
  tables: Record<OutTable, OutRow[]>;
  /** Planted hard negatives: configurations the checks must NOT flag. */
  negatives: NegativeCase[];
  world: World;
}

/** The dataset as rows in memory (use for demo-sized data). */
export function generateDataset(options: GenerateOptions): GeneratedDataset {
  const world = buildWorld(options);
  const tables = Object.fromEntries(Object.keys(tableColumns(world.format)).map((t) => [t, []])) as unknown as Record<OutTable, OutRow[]>;
  const reviews = options.reviews ?? true;
  emitDataset(world, { reviews }, (table, row) => tables[table].push(row));
  return { tables, negatives: negativesOf(world, reviews), world };
}

/** Where streamDataset writes one table: text chunks in order, then end(). */
export interface TextSink {
  write(chunk: string): void;
  end(): void;
}

export interface StreamSummary {
  rows: Record<OutTable, number>;
  negatives: NegativeCase[];
}

/**
 * Writes every table as CSV text through the caller's sinks, row by row (lines are batched into
 * chunks of about 1 MB). Tables skipped (reviews with reviews: false) get no sink.
 */
export function streamDataset(options: GenerateOptions, sinkFor: (table: OutTable, file: string) => TextSink): StreamSummary {
  const world = buildWorld(options);
  const reviews = options.reviews ?? true;
  const sinks = new Map<OutTable, { sink: TextSink; buffer: string[]; size: number }>();
  const columns = tableColumns(world.format);
  const rows = Object.fromEntries(Object.keys(columns).map((t) => [t, 0])) as Record<OutTable, number>;
  const open = (table: OutTable) => {
    const s = { sink: sinkFor(table, TABLE_FILES[table]), buffer: [csvHeader(columns[table]!)], size: 0 };
    sinks.set(table, s);
    return s;
  };
  for (const table of Object.keys(columns) as OutTable[]) if (table !== 'reviews' || reviews) open(table);
  emitDataset(world, { reviews }, (table, row) => {
    const s = sinks.get(table)!;
    const line = csvLine(columns[table]!, row);
    s.buffer.push(line);
    s.size += line.length;
    rows[table]++;
    if (s.size > 1 << 20) {
      s.sink.write(s.buffer.join(''));
      s.buffer = [];
      s.size = 0;
    }
  });
  for (const s of sinks.values()) {
    if (s.buffer.length) s.sink.write(s.buffer.join(''));
    s.sink.end();
  }
  return { rows, negatives: negativesOf(world, reviews) };
}

/** Hard negatives of the checks that run on the written tables. */
function negativesOf(world: World, reviews: boolean): NegativeCase[] {
  return reviews ? world.negatives : world.negatives.filter((n) => !TEXT_RULES.has(n.rule));
}

/** The dataset as CSV text per file name (demo-sized data: tests feed it to the loader). */
export function generateCsvFiles(options: GenerateOptions): Record<string, string> {
  const out: Record<string, string> = {};
  streamDataset(options, (_table, file) => {
    const parts: string[] = [];
    return { write: (c) => parts.push(c), end: () => (out[file] = parts.join('')) };
  });
  return out;
}
