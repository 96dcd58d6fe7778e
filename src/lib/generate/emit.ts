/**
 * The world as table rows (the columns of docs/data-format.md), one row at a time and in a stable order, so that the
 * same seed and scale give the same bytes and the province scale never sits in memory as text.
 * Levels are written as codes in most rows and, as real files do, in other spellings in some (full
 * Vietnamese names, NFD Unicode, "Tốt", "HT xuất sắc NV"): the loader maps them all.
 */
import { LEVEL_CODES, LEVELS, type LevelCode } from '../domain/levels';
import { DISCIPLINE_LABELS } from '../domain/disciplines';
import { RULE_IDS } from '../domain/rule-ids';
import { FIRST_YEAR, present, rowKey, SCORED_FROM, YEAR_COUNT, type TruthRow, type Unit, type World } from './model';
import { ReviewWriter } from './reviews/copies';
import { rngFor } from './rng';

export const TABLE_COLUMNS = {
  units: ['unit_id', 'name', 'parent_id', 'kind'],
  people: ['person_id', 'full_name', 'birth_year', 'gender'],
  ratings: ['year', 'subject_type', 'subject_id', 'unit_id', 'track', 'level', 'self_level', 'head_id', 'position_group', 'score', 'decided_on'],
  disciplines: ['subject_type', 'subject_id', 'decided_on', 'form', 'violation_from', 'violation_to', 'self_detected', 'decision_no', 'reason'],
  reviews: ['person_id', 'year', 'text'],
  truth: ['rule', 'year', 'subject_type', 'subject_id', 'case']
} as const;

export type OutTable = keyof typeof TABLE_COLUMNS;
export type OutValue = string | number | null;
export type OutRow = Record<string, OutValue>;
export type RowWriter = (table: OutTable, row: OutRow) => void;

type Style = 'code' | 'full' | 'full_nfd' | 'short' | 'abbr' | 'lower';

const ABBR: Record<LevelCode, string> = { HTXSNV: 'HT xuất sắc NV', HTTNV: 'HT tốt NV', HTNV: 'HT NV', KHTNV: 'Không HT NV' };

function spell(rank: number, style: Style): string | null {
  if (!rank) return null;
  const code = LEVEL_CODES[4 - rank];
  switch (style) {
    case 'code': return code;
    case 'full': return LEVELS[code].vi;
    case 'full_nfd': return LEVELS[code].vi.normalize('NFD');
    case 'short': return LEVELS[code].short;
    case 'abbr': return ABBR[code];
    case 'lower': return code.toLowerCase();
  }
}

/** How one grassroots organisation wrote its file in one year. */
function memberStyle(seed: number, unitId: string, year: number): Style {
  return rngFor(seed, 'style', unitId, year).weighted<Style>([['code', 78], ['full', 8], ['full_nfd', 5], ['short', 4], ['abbr', 3], ['lower', 2]]);
}

function upperStyle(seed: number, district: number, year: number): Style {
  return rngFor(seed, 'style-upper', district, year).weighted<Style>([['code', 88], ['full', 12]]);
}

function date(year: number, mmdd: number): string {
  return `${year}-${String(Math.floor(mmdd / 100)).padStart(2, '0')}-${String(mmdd % 100).padStart(2, '0')}`;
}

function grassrootsId(u: Unit): string {
  for (let x: Unit | null = u; x; x = x.parent) if (x.kind === 'co_so') return x.id;
  return u.id;
}

function unitRows(world: World, yi: number, write: RowWriter): void {
  const year = FIRST_YEAR + yi;
  for (const u of world.units) {
    const style = upperStyle(world.seed, u.district, year);
    const score = year >= SCORED_FROM ? world.scoreOverrides.get(rowKey(u.id, 'unit', yi)) ?? u.score : null;
    write('ratings', {
      year,
      subject_type: 'unit',
      subject_id: u.id,
      unit_id: null,
      track: null,
      level: spell(u.level[yi], style),
      self_level: spell(u.selfLevel[yi], style),
      head_id: u.head[yi]?.id ?? null,
      position_group: null,
      score,
      decided_on: date(year, u.decided[yi])
    });
  }
}

function memberRows(world: World, yi: number, write: RowWriter): void {
  const year = FIRST_YEAR + yi;
  for (const p of world.persons) {
    if (!present(p, yi)) continue;
    const style = memberStyle(world.seed, grassrootsId(p.cell), year);
    const score = year >= SCORED_FROM ? world.scoreOverrides.get(rowKey(p.id, 'party_member', yi)) ?? p.pmScore : null;
    write('ratings', {
      year,
      subject_type: 'person',
      subject_id: p.id,
      unit_id: p.cell.id,
      // Files in full Vietnamese spelling leave the track out: party_member is the default.
      track: style === 'code' || style === 'lower' ? 'party_member' : null,
      level: spell(p.pm[yi], style),
      self_level: spell(p.pmSelf[yi], style),
      head_id: null,
      position_group: null,
      score,
      decided_on: date(year, world.dateOverrides.get(rowKey(p.id, 'party_member', yi)) ?? p.cell.meeting[yi])
    });
  }
}

function leaderRows(world: World, yi: number, write: RowWriter): void {
  const year = FIRST_YEAR + yi;
  for (const p of world.persons) {
    const post = p.posts?.[yi];
    if (!post) continue;
    const style = upperStyle(world.seed, post.collective.district, year);
    const score = year >= SCORED_FROM ? world.scoreOverrides.get(rowKey(p.id, 'leader', yi)) ?? p.ldScore : null;
    write('ratings', {
      year,
      subject_type: 'person',
      subject_id: p.id,
      unit_id: post.collective.id,
      track: 'leader',
      level: spell(p.ld![yi], style),
      self_level: spell(p.ldSelf?.[yi] ?? 0, style),
      head_id: null,
      position_group: post.group,
      score,
      decided_on: date(year, world.dateOverrides.get(rowKey(p.id, 'leader', yi)) ?? post.collective.meeting[yi])
    });
  }
}

/** truth.csv rows: one per (rule, year, subject_type, subject_id), notes of the same key joined. */
export function truthRows(truth: readonly TruthRow[]): TruthRow[] {
  const byKey = new Map<string, TruthRow>();
  for (const t of truth) {
    const key = `${t.rule}|${t.year}|${t.subject_type}|${t.subject_id}`;
    const seen = byKey.get(key);
    if (seen) seen.case = `${seen.case}; ${t.case}`;
    else byKey.set(key, { ...t });
  }
  const order = (r: TruthRow) => RULE_IDS.indexOf(r.rule);
  return [...byKey.values()].sort(
    (a, b) => order(a) - order(b) || a.year - b.year || a.subject_type.localeCompare(b.subject_type) || (a.subject_id < b.subject_id ? -1 : a.subject_id > b.subject_id ? 1 : 0)
  );
}

export interface EmitOptions {
  reviews: boolean;
}

export function emitDataset(world: World, options: EmitOptions, write: RowWriter): void {
  for (const u of world.units) write('units', { unit_id: u.id, name: u.name, parent_id: u.parent?.id ?? null, kind: u.kind });
  for (const p of world.persons) write('people', { person_id: p.id, full_name: p.name, birth_year: p.birthYear, gender: p.gender });
  for (let yi = 0; yi < YEAR_COUNT; yi++) {
    unitRows(world, yi, write);
    memberRows(world, yi, write);
    leaderRows(world, yi, write);
  }
  const labelRng = rngFor(world.seed, 'discipline-labels');
  const disciplines = [...world.disciplines].sort((a, b) => (a.decided < b.decided ? -1 : a.decided > b.decided ? 1 : a.subjectId < b.subjectId ? -1 : 1));
  for (const d of disciplines)
    write('disciplines', {
      subject_type: d.subjectType,
      subject_id: d.subjectId,
      decided_on: d.decided,
      // Most files use the code; some write the Vietnamese label.
      form: labelRng.chance(0.15) ? DISCIPLINE_LABELS[d.form].vi : d.form,
      violation_from: d.violationFrom,
      violation_to: d.violationTo,
      self_detected: d.selfDetected ? 'true' : 'false',
      decision_no: d.decisionNo,
      reason: d.reason
    });
  if (options.reviews) {
    const writer = new ReviewWriter(world);
    for (const p of world.persons) for (let yi = p.from; yi <= p.to; yi++) write('reviews', { person_id: p.id, year: FIRST_YEAR + yi, text: writer.text(p, FIRST_YEAR + yi) });
  }
  // Without reviews the text checks do not run: their planted cases are no truth then.
  for (const t of truthRows(world.truth)) if (options.reviews || !TEXT_RULES.has(t.rule)) write('truth', { ...t });
}

/** The checks that read reviews.csv. */
export const TEXT_RULES: ReadonlySet<string> = new Set(['review_copied_prior_year', 'review_copied_colleague', 'repeated_weaknesses']);

