/**
 * The world as table rows (the columns of docs/data-format.md), one row at a time and in a stable order, so that the
 * same seed and scale give the same bytes and the province scale never sits in memory as text.
 * Levels are written as codes in most rows and, as real files do, in other spellings in some (full
 * Vietnamese names, NFD Unicode, "Tốt", "HT xuất sắc NV"): the loader maps them all.
 */
import { LEVEL_CODES, LEVELS, type LevelCode } from '../domain/levels';
import { RULE_IDS } from '../domain/rule-ids';
import { FIRST_YEAR, formLabel, LAST_OLD_DAY, member, NOT_RATED, NOT_RATED_NAMES, present, ratedIn, REORG_DAY, rowKey, SCORED_FROM, V2_RULES, YEAR_COUNT, type Person, type TruthRow, type Unit, type World } from './model';
import { ReviewWriter } from './reviews/copies';
import { rngFor } from './rng';

/** Columns of version 1 of the data contract (unit_changes.csv does not exist there). */
export const TABLE_COLUMNS = {
  units: ['unit_id', 'name', 'parent_id', 'kind'],
  people: ['person_id', 'full_name', 'birth_year', 'gender'],
  ratings: ['year', 'subject_type', 'subject_id', 'unit_id', 'track', 'level', 'self_level', 'head_id', 'position_group', 'score', 'decided_on'],
  disciplines: ['subject_type', 'subject_id', 'decided_on', 'form', 'violation_from', 'violation_to', 'self_detected', 'decision_no', 'reason'],
  reviews: ['person_id', 'year', 'text'],
  truth: ['rule', 'year', 'subject_type', 'subject_id', 'case']
} as const;

/** Columns of version 2: placements, unit changes, membership dates, not-rated rows, discipline system. */
export const TABLE_COLUMNS_V2 = {
  units: [...TABLE_COLUMNS.units, 'valid_from', 'valid_to'],
  unit_changes: ['from_unit_id', 'to_unit_id', 'effective_on', 'kind', 'decision_no'],
  people: [...TABLE_COLUMNS.people, 'joined_on', 'left_on'],
  ratings: [...TABLE_COLUMNS.ratings, 'not_rated', 'note'],
  disciplines: [...TABLE_COLUMNS.disciplines, 'system'],
  reviews: TABLE_COLUMNS.reviews,
  truth: TABLE_COLUMNS.truth
} as const;

export type OutTable = keyof typeof TABLE_COLUMNS_V2;

/** The tables and columns written for a version of the data contract, in file order. */
export function tableColumns(format: 1 | 2): Partial<Record<OutTable, readonly string[]>> {
  return format === 1 ? TABLE_COLUMNS : TABLE_COLUMNS_V2;
}
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
    if (!ratedIn(u, yi)) continue;
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
    if (!member(p, yi)) continue;
    const status = p.status?.[yi] ?? 0;
    if (status === NOT_RATED.no_row) continue;
    const style = memberStyle(world.seed, grassrootsId(p.cell), year);
    if (status) {
      write('ratings', notRatedRow(p, yi, style, world.dateOverrides.get(rowKey(p.id, 'party_member', yi)) ?? p.cell.meeting[yi]));
      continue;
    }
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

/** A member with no level in the year: `not_rated` says why (version 2). */
function notRatedRow(p: Person, yi: number, style: Style, meeting: number): OutRow {
  const year = FIRST_YEAR + yi;
  return {
    year,
    subject_type: 'person',
    subject_id: p.id,
    unit_id: p.cell.id,
    track: style === 'code' || style === 'lower' ? 'party_member' : null,
    level: null,
    self_level: null,
    head_id: null,
    position_group: null,
    score: null,
    decided_on: date(year, meeting),
    not_rated: NOT_RATED_NAMES[p.status![yi]],
    note: p.statusNote?.get(yi) ?? null
  };
}

/**
 * A person's rating row on the civil-servant or leader track: where it was decided (the unit, the
 * position group, the day as mmdd), the level and the self-assessment (ranks) spelt in `style`.
 */
function trackRow(
  year: number,
  personId: string,
  track: 'civil_servant' | 'leader',
  at: { unitId: string; group: string | null; decided: number },
  [level, selfLevel]: [number, number],
  style: Style,
  score: number | null
): OutRow {
  return {
    year,
    subject_type: 'person',
    subject_id: personId,
    unit_id: at.unitId,
    track,
    level: spell(level, style),
    self_level: spell(selfLevel, style),
    head_id: null,
    position_group: at.group,
    score,
    decided_on: date(year, at.decided)
  };
}

/** Version 2: rows of the civil-servant track, rated where the member is (his or her cell). */
function civilServantRows(world: World, yi: number, write: RowWriter): void {
  const year = FIRST_YEAR + yi;
  for (const p of world.persons) {
    if (!p.civilServant || !present(p, yi)) continue;
    const style = memberStyle(world.seed, grassrootsId(p.cell), year);
    const score = year >= SCORED_FROM ? world.scoreOverrides.get(rowKey(p.id, 'civil_servant', yi)) ?? p.csScore ?? null : null;
    write('ratings', trackRow(year, p.id, 'civil_servant', { unitId: p.cell.id, group: null, decided: world.dateOverrides.get(rowKey(p.id, 'civil_servant', yi)) ?? p.cell.meeting[yi] }, [p.cs![yi], p.csSelf?.[yi] ?? 0], style, score));
  }
}

function leaderRows(world: World, yi: number, write: RowWriter): void {
  const year = FIRST_YEAR + yi;
  for (const p of world.persons) {
    const post = p.posts?.[yi];
    if (!post) continue;
    const style = upperStyle(world.seed, post.collective.district, year);
    const score = year >= SCORED_FROM ? world.scoreOverrides.get(rowKey(p.id, 'leader', yi)) ?? p.ldScore : null;
    write('ratings', trackRow(year, p.id, 'leader', { unitId: post.collective.id, group: post.group, decided: world.dateOverrides.get(rowKey(p.id, 'leader', yi)) ?? post.collective.meeting[yi] }, [p.ld![yi], p.ldSelf?.[yi] ?? 0], style, score));
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
  const ids: readonly string[] = [...RULE_IDS, ...V2_RULES.filter((r) => !(RULE_IDS as readonly string[]).includes(r))];
  const order = (r: TruthRow) => ids.indexOf(r.rule);
  return [...byKey.values()].sort(
    (a, b) => order(a) - order(b) || a.year - b.year || a.subject_type.localeCompare(b.subject_type) || (a.subject_id < b.subject_id ? -1 : a.subject_id > b.subject_id ? 1 : 0)
  );
}

export interface EmitOptions {
  reviews: boolean;
}

/** units.csv rows of one unit: one per placement, with its period in version 2. */
function placementRows(u: Unit, write: RowWriter): void {
  if (u.after) {
    write('units', { unit_id: u.id, name: u.name, parent_id: u.parent?.id ?? null, kind: u.kind, valid_from: u.validFrom, valid_to: LAST_OLD_DAY });
    write('units', { unit_id: u.id, name: u.after.name, parent_id: u.after.parent?.id ?? null, kind: u.kind, valid_from: REORG_DAY, valid_to: null });
  } else write('units', { unit_id: u.id, name: u.name, parent_id: u.parent?.id ?? null, kind: u.kind, valid_from: u.validFrom, valid_to: u.validTo });
}

export function emitDataset(world: World, options: EmitOptions, write: RowWriter): void {
  for (const u of world.units) placementRows(u, write);
  for (const c of world.unitChanges) write('unit_changes', { from_unit_id: c.from, to_unit_id: c.to, effective_on: REORG_DAY, kind: c.kind, decision_no: c.decisionNo });
  for (const p of world.persons) write('people', { person_id: p.id, full_name: p.name, birth_year: p.birthYear, gender: p.gender, joined_on: p.joinedOn ?? null, left_on: p.leftOn ?? null });
  for (let yi = 0; yi < YEAR_COUNT; yi++) {
    unitRows(world, yi, write);
    memberRows(world, yi, write);
    leaderRows(world, yi, write);
    if (world.format === 2) civilServantRows(world, yi, write);
  }
  const labelRng = rngFor(world.seed, 'discipline-labels');
  const systemRng = rngFor(world.seed, 'discipline-system');
  const disciplines = [...world.disciplines].sort((a, b) => (a.decided < b.decided ? -1 : a.decided > b.decided ? 1 : a.subjectId < b.subjectId ? -1 : 1));
  for (const d of disciplines)
    write('disciplines', {
      subject_type: d.subjectType,
      subject_id: d.subjectId,
      decided_on: d.decided,
      // Most files use the code; some write the Vietnamese label.
      form: labelRng.chance(0.15) ? formLabel(d.form) : d.form,
      violation_from: d.violationFrom,
      violation_to: d.violationTo,
      self_detected: d.selfDetected ? 'true' : 'false',
      decision_no: d.decisionNo,
      reason: d.reason,
      // Party discipline is the default: some files write it, some leave the column empty.
      system: d.system === 'chinh_quyen' ? 'chinh_quyen' : systemRng.chance(0.6) ? 'dang' : null
    });
  if (options.reviews) {
    const writer = new ReviewWriter(world);
    for (const p of world.persons) for (let yi = p.from; yi <= p.to; yi++) if (!p.status?.[yi]) write('reviews', { person_id: p.id, year: FIRST_YEAR + yi, text: writer.text(p, FIRST_YEAR + yi) });
  }
  // Without reviews the text checks do not run: their planted cases are no truth then.
  for (const t of truthRows(world.truth)) if (options.reviews || !TEXT_RULES.has(t.rule)) write('truth', { ...t });
}

/** The checks that read reviews.csv. */
export const TEXT_RULES: ReadonlySet<string> = new Set(['review_copied_prior_year', 'review_copied_colleague', 'repeated_weaknesses']);

