/**
 * The demo dataset's size computed straight from its CSV files with d3-dsv — independent of the
 * app's own parser — to compare with what the app shows.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { csvParse } from 'd3-dsv';

export interface ExpectedYear {
  total: number;
  members: number;
  leaders: number;
  units: number;
}
export interface ExpectedCounts {
  units: number;
  people: number;
  ratings: number;
  reviews: number | null;
  disciplines: number | null;
  byYear: Map<number, ExpectedYear>;
}

function rows(dir: string, table: string): Record<string, string>[] | null {
  const file = path.join(dir, `${table}.csv`);
  if (!existsSync(file)) return null;
  return csvParse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
}

export function expectedCounts(dir: string): ExpectedCounts {
  const ratings = rows(dir, 'ratings') ?? [];
  const byYear = new Map<number, ExpectedYear>();
  for (const r of ratings) {
    const year = Number(r.year);
    const y = byYear.get(year) ?? { total: 0, members: 0, leaders: 0, units: 0 };
    y.total++;
    const person = r.subject_type.trim() === 'person';
    const track = (r.track ?? '').trim() || 'party_member';
    if (!person) y.units++;
    else if (track === 'party_member') y.members++;
    else if (track === 'leader') y.leaders++;
    byYear.set(year, y);
  }
  return {
    // A unit with several placements (version 2) is one unit: the app counts distinct ids.
    units: new Set((rows(dir, 'units') ?? []).map((u) => u.unit_id.trim())).size,
    people: rows(dir, 'people')?.length ?? 0,
    ratings: ratings.length,
    reviews: rows(dir, 'reviews')?.length ?? null,
    disciplines: rows(dir, 'disciplines')?.length ?? null,
    byYear
  };
}

/** "12.345" (vi) or "12,345" (en) → 12345. */
export function parseShownCount(text: string): number {
  return Number(text.replace(/[^\d]/g, ''));
}
