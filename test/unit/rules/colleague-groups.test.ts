/**
 * The places the text rules use, through the real loader and engine on reorg-v2 (units merged in the
 * 2025 reorganisation): the grassroots organisation kept per review as an integer (docOrganisations)
 * must group the reviews exactly as one rating row per (person, year) read whole, and reviewPlaces
 * must give the unit and organisation of each review it is asked for.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset, parseDataset } from '../../../src/lib/data';
import { readDatasetFolder } from '../../../src/lib/data/read-folder';
import type { Engine } from '../../../src/lib/engine/types';
import { colleagueGroups, docKey, docOrganisations, reviewCorpus, reviewPlaces, type TextCorpus } from '../../../src/lib/rules/review-text';
import { ENGINES } from './fixture';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/datasets/reorg-v2/data');

/** Every party member's rating row with its organisation in the tree of the year, read whole. */
async function placesByDoc(engine: Engine): Promise<Map<string, { unit_id: string | null; co_so_id: string | null }>> {
  const rows = await engine.query<{ person_id: string; year: number; unit_id: string | null; co_so_id: string | null }>(
    `SELECT r.subject_id AS person_id, r.year, r.unit_id, g.grassroots_id AS co_so_id
     FROM ratings r LEFT JOIN unit_years g ON g.year = r.year AND g.unit_id = r.unit_id
     WHERE r.subject_type = 'person' AND r.track = 'party_member'`
  );
  return new Map(rows.map((r) => [docKey(r.person_id, r.year), { unit_id: r.unit_id, co_so_id: r.co_so_id }]));
}

/** The groups by a string key per review, sorted by key: what the integers must reproduce. */
function groupsByKey(corpus: TextCorpus, key: (d: number) => string | null): number[][] {
  const groups = new Map<string, number[]>();
  for (let d = 0; d < corpus.docYear.length; d++) {
    const k = key(d);
    if (k !== null) groups.set(k, [...(groups.get(k) ?? []), d]);
  }
  return [...groups.keys()].sort().map((k) => groups.get(k) as number[]);
}

for (const [name, create] of ENGINES) {
  describe(`places of the text rules on reorg-v2 (${name})`, () => {
    let engine: Engine;
    let corpus: TextCorpus;
    let places: Awaited<ReturnType<typeof placesByDoc>>;
    const ref = (d: number) => ({ personId: corpus.persons[corpus.docPerson[d]], year: corpus.docYear[d] });
    beforeAll(async () => {
      engine = await create();
      await loadDataset(engine, await parseDataset(await readDatasetFolder(DIR)));
      corpus = await reviewCorpus(engine, 4);
      // Asked first: docOrganisations must make the tree of the year itself when it is not there yet.
      const orgs = await docOrganisations(engine, corpus);
      expect(orgs.of.length).toBe(corpus.docYear.length);
      places = await placesByDoc(engine);
    }, 120_000);
    afterAll(async () => engine?.close());

    it('covers writers whose organisation changed in the 2025 reorganisation', () => {
      const moved = corpus.persons.filter((p) => {
        const [before, after] = [places.get(docKey(p, 2024))?.co_so_id, places.get(docKey(p, 2025))?.co_so_id];
        return before && after && before !== after;
      });
      expect(moved.length).toBeGreaterThan(0);
    });

    it('groups each year by organisation exactly as the rating rows read whole', async () => {
      const orgs = await docOrganisations(engine, corpus);
      const coSo = (d: number) => places.get(docKey(ref(d).personId, ref(d).year))?.co_so_id ?? null;
      const expected = groupsByKey(corpus, (d) => (coSo(d) === null ? null : `${ref(d).year}\u0000${coSo(d)}`));
      expect(expected.length).toBeGreaterThan(5);
      expect(expected.some((g) => g.length > 1)).toBe(true);
      expect(colleagueGroups(corpus, orgs, 'co_so')).toEqual(expected);
      expect(colleagueGroups(corpus, orgs, 'dataset')).toEqual(groupsByKey(corpus, (d) => String(ref(d).year)));
      for (let d = 0; d < corpus.docYear.length; d++) expect(orgs.of[d] < 0 ? null : orgs.ids[orgs.of[d]]).toBe(coSo(d));
    });

    it('gives the unit and organisation of the reviews asked for, and only those', async () => {
      const asked = Array.from({ length: corpus.docYear.length }, (_, d) => d).filter((d) => d % 3 === 0).map(ref);
      const got = await reviewPlaces(engine, asked);
      const expected = new Map(asked.map((r) => docKey(r.personId, r.year)).filter((k) => places.has(k)).map((k) => [k, places.get(k)]));
      expect(expected.size).toBeGreaterThan(10);
      expect(got).toEqual(expected);
    });
  });
}
