/**
 * Rule 10 — review_copied_prior_year (docs/rules.md): a person's self-review of year Y is a near copy
 * of his or her own review of an earlier year. All earlier years of the person are compared (a
 * direct join); one flag per (person, Y) naming the best-matching year.
 */
import { citation } from '../domain/regulations';
import { priorYearCopies } from '../text/copies';
import {
  docKey, honestyClause, measureLabel, overlapOf, overlapPhrase, reviewCorpus, reviewPlaces, reviewTexts, roundScore,
  TEXT_DEFAULTS, textSettings, viDecimal, weightedFull, type TextParams
} from './review-text';
import { percentVi } from './format';
import type { FlagDraft, Rule } from './types';
import { related } from './related';

export const rule: Rule<TextParams> = {
  id: 'review_copied_prior_year',
  evidenceView: { kind: 'reviews', weaknessesOnly: false },
  requires: ['reviews', 'ratings', 'units'],
  defaults: {
    ...TEXT_DEFAULTS,
    // Calibrated on the generator's district data (106,314 reviews; src/cli/eval-copies.ts): the best
    // match of an honest review with the same person's earlier reviews is at most 0.28 (99.9% below
    // 0.18); planted copies — the year, a date and two sentences changed, or sentences reordered —
    // score at least 0.53. 0.4 sits between the two with room on both sides.
    threshold: 0.4,
    min_shingles: 10
  },
  async run({ engine, params, onProgress }) {
    const s = textSettings(params);
    const corpus = await reviewCorpus(engine, s.shingleSize, (f, note) => onProgress?.(0.6 * f, note));
    const wf = await weightedFull(engine, corpus, s);
    const found = await priorYearCopies(corpus, wf, s.compare, (f) => onProgress?.(0.6 + 0.3 * f));
    const docs = found.flatMap((hits) => [hits[0].doc, hits[0].other]);
    const texts = await reviewTexts(engine, docs.map((d) => ({ personId: corpus.persons[corpus.docPerson[d]], year: corpus.docYear[d] })));
    const places = await reviewPlaces(engine, found.map((hits) => ({ personId: corpus.persons[corpus.docPerson[hits[0].doc]], year: corpus.docYear[hits[0].doc] })));

    const flags: FlagDraft[] = found.map((hits) => {
      const best = hits[0];
      const personId = corpus.persons[corpus.docPerson[best.doc]];
      const year = corpus.docYear[best.doc];
      const matchedYear = corpus.docYear[best.other];
      const overlap = overlapOf(texts.get(docKey(personId, year)), texts.get(docKey(personId, matchedYear)), wf, s);
      const others = hits.slice(1).map((h) => `${corpus.docYear[h.other]} (${viDecimal(h.similarity)})`);
      return {
        rule: 'review_copied_prior_year',
        severity: 'high',
        year,
        subject_type: 'person',
        subject_id: personId,
        unit_id: places.get(docKey(personId, year))?.unit_id ?? null,
        score: roundScore(best.similarity),
        regulation: citation(year, honestyClause(year)),
        message: `Bản kiểm điểm năm ${year} gần như sao chép bản kiểm điểm năm ${matchedYear} của chính đảng viên này (độ tương đồng ${percentVi(best.similarity, 0)}).`,
        evidence:
          `Năm đối chiếu: ${matchedYear}; độ tương đồng ${viDecimal(best.similarity)} (${measureLabel(s)}); ` +
          `${overlapPhrase(overlap)} với năm ${matchedYear} (không tính câu sáo chung)` +
          (others.length ? `; cũng gần như trùng với năm ${others.join(', ')}` : '') +
          '.',
        related: [related.person(personId), related.review(personId, year), related.review(personId, matchedYear), related.unit(places.get(docKey(personId, year))?.unit_id)]
      };
    });
    onProgress?.(1);
    return flags;
  }
};
