/**
 * Rule 12 — repeated_weaknesses (docs/rules.md): the weaknesses a person names — part 1 of section II,
 * "Hạn chế, khuyết điểm", up to part 2, "Nguyên nhân" (text/sections.ts weaknessesPart) — are a near
 * copy in Y−2, Y−1 and Y: weaknesses named but never remedied. The causes are not compared: a member
 * may re-word them. Flag at Y (a run of four years flags the third and the fourth).
 */
import { citation, regulationFor } from '../domain/regulations';
import { repeatedSections } from '../text/copies';
import {
  docKey, measureLabel, numberParam, overlapOf, overlapPhrase, reviewCorpus, reviewPlaces, reviewTexts, roundScore,
  TEXT_DEFAULTS, textSettings, viDecimal, weightedWeaknesses, type TextParams
} from './review-text';
import type { FlagDraft, Rule } from './types';
import { related } from './related';

interface Params extends TextParams {
  /** Consecutive years the section must repeat. */
  years: number;
}

/** Section III of the form asks for the remedy of weaknesses pointed out before (seed 000: "khắc phục chưa triệt để"). */
function remedyClause(year: number): string {
  const form = regulationFor(year).id === 'QD124-HD25' ? ', Mẫu 02A/02B-HD KĐ.ĐG' : '';
  return `yêu cầu khắc phục hạn chế, khuyết điểm đã được chỉ ra ở các kỳ kiểm điểm trước (mục III bản kiểm điểm cá nhân${form})`;
}

export const rule: Rule<Params> = {
  id: 'repeated_weaknesses',
  evidenceView: { kind: 'reviews', weaknessesOnly: true },
  requires: ['reviews', 'ratings', 'units'],
  defaults: {
    ...TEXT_DEFAULTS,
    // Calibrated on the generator's district data (src/cli/eval-copies.ts): section II planted nearly
    // verbatim three years scores ≥ 0.65 on both links, honest runs ≤ 0.01; 0.4 leaves room for a
    // repeated section with a few words changed.
    threshold: 0.4,
    min_shingles: 5,
    years: 3
  },
  async run({ engine, params, onProgress }) {
    const s = textSettings(params);
    const years = numberParam(params, 'years', 2, 20, true);
    const corpus = await reviewCorpus(engine, s.shingleSize, (f, note) => onProgress?.(0.7 * f, note));
    const wf = await weightedWeaknesses(engine, corpus, s);
    const runs = await repeatedSections(corpus, wf, s.compare, years, (f) => onProgress?.(0.7 + 0.15 * f));
    onProgress?.(0.85);
    const ref = (d: number) => ({ personId: corpus.persons[corpus.docPerson[d]], year: corpus.docYear[d] });
    const places = await reviewPlaces(engine, runs.map((r) => ref(r.doc)));
    const texts = await reviewTexts(engine, runs.flatMap((r) => r.chain.slice(-2).map(ref)));

    const flags: FlagDraft[] = runs.map((run) => {
      const { personId, year } = ref(run.doc);
      const chainYears = run.chain.map((d) => corpus.docYear[d]);
      const prevYear = chainYears[chainYears.length - 2];
      const overlap = overlapOf(texts.get(docKey(personId, year)), texts.get(docKey(personId, prevYear)), wf, s, 2);
      const steps = run.similarities.map((x, i) => `${chainYears[i]}→${chainYears[i + 1]}: ${viDecimal(x)}`);
      return {
        rule: 'repeated_weaknesses',
        severity: 'medium',
        year,
        subject_type: 'person',
        subject_id: personId,
        unit_id: places.get(docKey(personId, year))?.unit_id ?? null,
        score: roundScore(Math.min(...run.similarities)),
        regulation: citation(year, remedyClause(year)),
        message: `Phần hạn chế, khuyết điểm (mục II, phần 1) trong bản kiểm điểm được lặp lại gần như nguyên văn ${chainYears.length} năm liền (${chainYears[0]}–${year}), cho thấy khuyết điểm chưa được khắc phục.`,
        evidence:
          `Mục II, phần 1 (Hạn chế, khuyết điểm; không so sánh phần nguyên nhân) các năm ${chainYears.join(', ')}; độ tương đồng giữa các năm liền nhau ${steps.join('; ')} (${measureLabel(s)}); ` +
          `năm ${year}: ${overlapPhrase(overlap)} với năm ${prevYear} (không tính câu sáo chung).`,
        related: [related.person(personId), ...chainYears.map((y) => related.review(personId, y)), related.unit(places.get(docKey(personId, year))?.unit_id)]
      };
    });
    onProgress?.(1);
    return flags;
  }
};
