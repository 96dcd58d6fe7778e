/**
 * Rule 11 — review_copied_colleague (docs/rules.md): two different persons rated as party members in
 * the same grassroots organisation (co_so) in year Y submit near-copies. Both are flagged; one flag
 * per person-year, whose evidence names every colleague matched.
 *
 * Candidates: all pairs in an organisation of up to `lsh_min_group` reviews, MinHash + LSH banding
 * above that; every candidate is verified by exact weighted similarity. scope = 'dataset' widens the
 * search to any two persons of the dataset in the same year (always LSH when large).
 */
import { citation } from '../domain/regulations';
import { groupCopies, type Match } from '../text/copies';
import { DEFAULT_LSH_MISS_RATE, lshCatchProbability, lshForThreshold, type LshParams } from '../text/lsh';
import {
  choiceParam, colleagueGroups, docKey, docOrganisations, honestyClause, measureLabel, numberParam, overlapOf, overlapPhrase, personNames,
  reviewCorpus, reviewPlaces, reviewTexts, roundScore, TEXT_DEFAULTS, textSettings, unitNames, viDecimal, weightedFull, type TextParams
} from './review-text';
import { percentVi } from './format';
import type { FlagDraft, Rule } from './types';
import { related } from './related';

interface Params extends TextParams {
  scope: 'co_so' | 'dataset';
  lsh_min_group: number;
  lsh_miss_rate: number;
}

/** Bands and rows of the LSH search for these parameters: they follow the threshold. */
function lshOf(params: Params): LshParams {
  const { compare } = textSettings(params);
  return lshForThreshold(compare.threshold, numberParam(params, 'lsh_miss_rate', 0.0001, 0.5));
}

export const rule: Rule<Params> = {
  id: 'review_copied_colleague',
  evidenceView: { kind: 'reviews', weaknessesOnly: false },
  requires: ['reviews', 'ratings', 'units', 'people'],
  defaults: {
    ...TEXT_DEFAULTS,
    // The same threshold as review_copied_prior_year: a copy is a copy whoever wrote the original. On
    // the generator's district data honest colleagues of one organisation reach at most 0.35 (99.9%
    // below 0.26); a colleague's review with name, position and two sentences changed, at least 0.50.
    threshold: 0.4,
    min_shingles: 10,
    scope: 'co_so',
    // All pairs up to 50 reviews (1,225 comparisons); LSH above, with bands and rows derived from
    // the threshold so that a pair of (unweighted, non-stock) Jaccard equal to the threshold is found
    // with p ≥ 1 − lsh_miss_rate (src/lib/text/lsh.ts; at 0.4: 70 bands × 3 rows, p ≈ 0.990).
    lsh_min_group: 50,
    lsh_miss_rate: DEFAULT_LSH_MISS_RATE
  },
  paramSpec: {
    lsh_miss_rate: {
      kind: 'number',
      min: 0.0001,
      max: 0.5,
      vi: 'tỷ lệ bỏ sót chấp nhận được của cặp có độ giống bằng ngưỡng trong nhóm lớn (LSH); số dải và số hàng mỗi dải được tính từ ngưỡng và tỷ lệ này',
      en: 'accepted miss rate, in large groups (LSH), of a pair whose similarity equals the threshold; bands and rows are derived from the threshold and this rate'
    }
  },
  paramNotes(params) {
    const lsh = lshOf(params);
    // Rounded down: never shows 100 % for a probability below 1.
    const pct = (Math.floor(lshCatchProbability(textSettings(params).compare.threshold, lsh) * 1000) / 10).toFixed(1);
    return {
      threshold: {
        vi: `Xác suất phát hiện một cặp có độ giống bằng ngưỡng: ${pct.replace('.', ',')} % (nhóm trên ${params.lsh_min_group} bản: ${lsh.bands} dải × ${lsh.rows} hàng; nhóm nhỏ hơn so sánh mọi cặp)`,
        en: `Probability of finding a pair whose similarity equals the threshold: ${pct} % (groups over ${params.lsh_min_group} reviews: ${lsh.bands} bands × ${lsh.rows} rows; smaller groups compare every pair)`
      }
    };
  },
  async run({ engine, params, onProgress }) {
    const s = textSettings(params);
    const scope = choiceParam(params, 'scope', ['co_so', 'dataset'] as const);
    const group = {
      lshMinGroup: numberParam(params, 'lsh_min_group', 2, 1e9, true),
      lsh: lshOf(params)
    };
    const corpus = await reviewCorpus(engine, s.shingleSize, (f, note) => onProgress?.(0.5 * f, note));
    const wf = await weightedFull(engine, corpus, s);
    const ref = (d: number) => ({ personId: corpus.persons[corpus.docPerson[d]], year: corpus.docYear[d] });
    const groups = colleagueGroups(corpus, await docOrganisations(engine, corpus), scope);
    const { matches } = await groupCopies(groups, wf, s.compare, group, (f) => onProgress?.(0.5 + 0.4 * f));

    // Each pair flags both of its persons.
    const byDoc = new Map<number, Match[]>();
    for (const m of matches) {
      for (const [doc, other] of [[m.doc, m.other], [m.other, m.doc]]) {
        const list = byDoc.get(doc) ?? [];
        list.push({ doc, other, similarity: m.similarity });
        byDoc.set(doc, list);
      }
    }
    const involved = [...byDoc.keys()];
    const places = await reviewPlaces(engine, involved.map(ref));
    const placeOf = (d: number) => places.get(docKey(ref(d).personId, ref(d).year));
    const texts = await reviewTexts(engine, involved.map(ref));
    const names = await personNames(engine, involved.map((d) => ref(d).personId));
    const orgs = await unitNames(engine, involved.map((d) => placeOf(d)?.co_so_id).filter((x): x is string => !!x));
    const who = (d: number) => {
      const id = ref(d).personId;
      return names.has(id) ? `${names.get(id)} (${id})` : id;
    };

    const flags: FlagDraft[] = [];
    for (const [doc, list] of byDoc) {
      list.sort((a, b) => b.similarity - a.similarity || (ref(a.other).personId < ref(b.other).personId ? -1 : 1));
      const { personId, year } = ref(doc);
      const best = list[0];
      const coSo = placeOf(doc)?.co_so_id ?? null;
      const where = coSo ? `${orgs.get(coSo) ?? coSo} (${coSo})` : null;
      const details = list.map((m) => {
        const o = overlapOf(texts.get(docKey(personId, year)), texts.get(docKey(ref(m.other).personId, year)), wf, s);
        const otherPlace = placeOf(m.other);
        const elsewhere = scope === 'dataset' && otherPlace?.co_so_id !== coSo ? `, tổ chức cơ sở đảng ${otherPlace?.co_so_id ?? 'không rõ'}` : '';
        return `${who(m.other)}${elsewhere}: độ tương đồng ${viDecimal(m.similarity)}, ${overlapPhrase(o)}`;
      });
      const partner = list.length === 1 ? `của đồng chí ${who(best.other)}` : `của ${list.length} đồng chí khác (cao nhất ${who(best.other)})`;
      const sameOrg = scope === 'co_so' ? ' trong cùng tổ chức cơ sở đảng' : '';
      flags.push({
        rule: 'review_copied_colleague',
        severity: 'high',
        year,
        subject_type: 'person',
        subject_id: personId,
        unit_id: placeOf(doc)?.unit_id ?? null,
        score: roundScore(best.similarity),
        regulation: citation(year, honestyClause(year)),
        message: `Bản kiểm điểm năm ${year} gần như trùng với bản kiểm điểm cùng năm ${partner}${sameOrg} (độ tương đồng ${percentVi(best.similarity, 0)}).`,
        evidence:
          `Trùng với ${details.join('; ')} (${measureLabel(s)}; không tính câu sáo chung)` +
          (where ? `; tổ chức cơ sở đảng: ${where}` : '') +
          '.',
        related: [
          related.person(personId),
          related.review(personId, year),
          ...list.flatMap((m) => [related.person(ref(m.other).personId), related.review(ref(m.other).personId, year)]),
          related.unit(coSo)
        ]
      });
    }
    onProgress?.(1);
    return flags;
  }
};
