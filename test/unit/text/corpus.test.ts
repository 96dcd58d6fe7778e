import { describe, expect, it } from 'vitest';
import { CorpusBuilder, setOf } from '../../../src/lib/text/corpus';
import { WeightedField, priorYearCopies, repeatedSections, groupCandidates } from '../../../src/lib/text/copies';
import { DEFAULT_STOCK_POLICY, stockCut } from '../../../src/lib/text/weighting';
import { textDataset } from './text-dataset';

function fixtureCorpus() {
  const b = new CorpusBuilder();
  for (const r of textDataset().reviews) b.add(r.person_id as string, r.year as number, r.text as string);
  return b.finish();
}

const plainJaccard = (a: Uint32Array, b: Uint32Array) => {
  const s = new Set(a);
  let inter = 0;
  for (const x of b) if (s.has(x)) inter++;
  return inter / (a.length + b.length - inter);
};

describe('review corpus', () => {
  const corpus = fixtureCorpus();
  const doc = (person: string, year: number) => corpus.docsOfPerson[corpus.persons.indexOf(person)].find((d) => corpus.docYear[d] === year) as number;
  const wf = new WeightedField(corpus.full, corpus.persons.length, DEFAULT_STOCK_POLICY);

  it('counts a shingle once per person, however many of his or her reviews use it', () => {
    // P01 re-submitted 2022 as 2023: its own shingles are still used by one person only.
    const own = setOf(corpus.full, doc('P01', 2023));
    const before = new Set(setOf(corpus.full, doc('P01', 2022)));
    const rare = [...own].filter((id) => corpus.full.personFreq[id] === 1);
    expect(rare.length).toBeGreaterThan(0);
    for (const id of rare) {
      expect(before.has(id)).toBe(true);
      expect(wf.weights[id]).toBeCloseTo(Math.log(1 + corpus.persons.length), 5);
    }
  });

  it('gives stock phrasing (used by more than half of all persons) no weight', () => {
    const cut = stockCut(corpus.persons.length, DEFAULT_STOCK_POLICY);
    expect(cut).toBe(20);
    let stock = 0;
    for (let id = 0; id < corpus.full.personFreq.length; id++) {
      if (corpus.full.personFreq[id] > cut) {
        stock++;
        expect(wf.weights[id]).toBe(0);
      } else expect(wf.weights[id]).toBeGreaterThan(0);
    }
    expect(stock).toBeGreaterThan(20);
    // The weighted set of a review leaves its stock shingles out.
    const d = doc('P20', 2021);
    expect(wf.informativeCount(d)).toBeLessThan(setOf(corpus.full, d).length);
  });

  it('keeps honest colleagues apart that plain Jaccard would bring together, and a copy close', async () => {
    const honest = corpus.docsOfPerson.map((docs) => docs.find((d) => corpus.docYear[d] === 2023) as number).filter((d) => !['P01', 'P02', 'P03', 'P04'].includes(corpus.persons[corpus.docPerson[d]]));
    let maxPlain = 0;
    let maxWeighted = 0;
    for (const [a, b] of await groupCandidates(honest, wf, { measure: 'jaccard', threshold: 0.4, minShingles: 0 }, { lshMinGroup: 1e9, lsh: { bands: 1, rows: 1 } })) {
      maxPlain = Math.max(maxPlain, plainJaccard(setOf(corpus.full, a), setOf(corpus.full, b)));
      maxWeighted = Math.max(maxWeighted, wf.similarity('jaccard', a, b));
    }
    expect(maxPlain).toBeGreaterThan(0.25);
    expect(maxWeighted).toBeLessThan(0.2);
    expect(wf.similarity('jaccard', doc('P05', 2022), doc('P06', 2022))).toBeGreaterThan(0.6);
  });

  it('finds prior-year copies and names the best earlier year', async () => {
    const found = await priorYearCopies(corpus, wf, { measure: 'jaccard', threshold: 0.4, minShingles: 10 });
    const summary = found.map((hits) => `${corpus.persons[corpus.docPerson[hits[0].doc]]}@${corpus.docYear[hits[0].doc]}←${corpus.docYear[hits[0].other]}`).sort();
    expect(summary).toEqual(['P01@2023←2022', 'P02@2023←2022', 'P03@2023←2022', 'P04@2023←2021']);
  });

  it('flags the weaknesses of section II repeated at the third year of a run and each later year, whatever the causes', async () => {
    const weak = new WeightedField(corpus.weaknesses, corpus.persons.length, DEFAULT_STOCK_POLICY);
    const runs = await repeatedSections(corpus, weak, { measure: 'jaccard', threshold: 0.4, minShingles: 5 });
    expect(runs.map((r) => `${corpus.persons[corpus.docPerson[r.doc]]}@${corpus.docYear[r.doc]}:${r.chain.map((d) => corpus.docYear[d]).join('-')}`).sort()).toEqual([
      'P11@2023:2021-2022-2023',
      'P12@2022:2020-2021-2022',
      'P12@2023:2021-2022-2023',
      // The causes re-worded each year (P14) hide no repeat; the causes alone repeated (P15) make none.
      'P14@2023:2021-2022-2023'
    ]);
    // Two years only is not a run; with years = 2 it is.
    const twoYears = (await repeatedSections(corpus, weak, { measure: 'jaccard', threshold: 0.4, minShingles: 5 }, 2)).map((r) => `${corpus.persons[corpus.docPerson[r.doc]]}@${corpus.docYear[r.doc]}`);
    expect(twoYears).toContain('P13@2023');
  });
});
