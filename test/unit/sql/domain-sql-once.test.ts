/**
 * The domain's SQL is written once, in src/lib/sql: "the party-member rating of a person", the 20%
 * quota's arithmetic and the ranks of the levels. A copy elsewhere drifts (one spelling with the
 * COALESCE of a missing track, one without; a ratio hard-coded as 0.2), so this test reads every
 * source file and notebook and fails on the telltale text outside the shared module.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const SHARED = 'src/lib/sql/';

/** Each telltale, and what to use instead. */
const TELLTALES: { what: string; re: RegExp }[] = [
  // The party-member (or leader) track compared in SQL: partyMemberSql / partyMemberTrackSql / leaderSql.
  { what: 'a track compared in SQL (use partyMemberSql, leaderSql)', re: /\btrack\s*=\s*'(party_member|leader)'(?!;)/i },
  { what: "the missing track read as 'party_member' (use trackSql)", re: /coalesce\(\s*(\w+\.)?track\s*,\s*'party_member'\s*\)/i },
  // The quota: counts of the excellent and good by rank, the denominator, a ratio written as a number.
  { what: 'a rank compared with a number literal (use RANK)', re: /\brank\s*(=|<>|!=|>=|<=|<|>)\s*[1-4]\b(?!\s*;)/i },
  { what: 'a rank case with number literals (use levelOfRankSql, RANK)', re: /\bWHEN\s+[1-4]\s+THEN\s+'?(HTXSNV|HTTNV|HTNV|KHTNV|[1-4])\b/i },
  { what: 'the quota denominator spelled out (use quotaDenominatorSql)', re: /n_good\s*\+\s*n_excellent|n_excellent\s*\+\s*n_good\b(?!\))/ },
  { what: "a level counted by its code in SQL (use excellentGoodCountsSql, levelCountColumns)", re: /FILTER\s*\(\s*WHERE\s+(\w+\.)?level\s*=\s*'(HTXSNV|HTTNV)'/i },
  { what: 'the quota ratio hard-coded beside a count (use QuotaParams.ratio)', re: /0\.2\s*\*\s*(count|n_)|(count\(\*\)|n_\w+)\s*\*\s*0\.2\b/i }
];

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) files(path, out);
    else if (/\.(ts|svelte|ipynb)$/.test(name) && !/\.test\.ts$/.test(name)) out.push(path);
  }
  return out;
}

/** Every telltale found in `text` outside comments, as "line: what" (an assignment in JavaScript is no SQL). */
function telltales(text: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (/^\s*"?\s*(\*|\/\/|\/\*\*)/.test(line)) return;
    for (const t of TELLTALES) if (t.re.test(line)) found.push(`${i + 1}: ${t.what}: ${line.trim()}`);
  });
  return found;
}

describe('the domain SQL lives in src/lib/sql only', () => {
  it('finds each telltale where it is written (the patterns match what they must)', () => {
    expect(telltales("WHERE subject_type = 'person' AND track = 'party_member'")).toHaveLength(1);
    expect(telltales("AND COALESCE(r.track, 'party_member') = 'party_member'")).toHaveLength(1);
    expect(telltales('count(*) FILTER (WHERE rank = 4) AS n_excellent')).toHaveLength(1);
    expect(telltales("CASE r WHEN 4 THEN 'HTXSNV' END")).toHaveLength(1);
    expect(telltales('const den = n_good + n_excellent')).toHaveLength(1);
    expect(telltales("count(*) FILTER (WHERE r.level = 'HTXSNV') AS excellent")).toHaveLength(1);
    expect(telltales("count(*) FILTER (WHERE x) > 0.2 * count(*) FILTER (WHERE y)")).toHaveLength(1);
    expect(telltales('WHERE rank = ${RANK.excellent} AND r.track IN (...)')).toEqual([]);
    expect(telltales("if (row.track === null) row.track = 'party_member';\n else rank = 3;\n * n_good + n_excellent")).toEqual([]);
  });

  it('no source file or notebook outside it writes the party-member rating, the quota or a rank literal', () => {
    const all = [...files('src'), ...files('notebooks')].filter((f) => !f.startsWith(SHARED));
    expect(all.length).toBeGreaterThan(100);
    const offences = all.flatMap((f) => telltales(readFileSync(join(ROOT, f), 'utf8')).map((t) => `${relative('.', f)}:${t}`));
    expect(offences).toEqual([]);
  });
});
