/**
 * Self-reviews: on the real form, in plausible varied Vietnamese, honest ones unlike each other in
 * substance, planted copies alike — judged by sentences, independently of the copy checks.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDataset, type GeneratedDataset } from '../../../src/lib/generate';
import { DEMO } from './demo';

const SECTIONS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'];
const TEXT_RULES = new Set(['review_copied_prior_year', 'review_copied_colleague', 'repeated_weaknesses']);

/** Sentences of a review's sections (header and headings left out). */
function sentences(text: string): string[] {
  const body = text.normalize('NFC').split('\n').filter((l) => !/^(VII|VI|IV|V|III|II|I)\. |^\d\. Về /.test(l));
  const start = body.findIndex((l) => l.startsWith('Chi bộ: '));
  return body
    .slice(start + 1, -2)
    .join(' ')
    .split(/(?<=[.])\s+/)
    .filter(Boolean);
}

function sectionII(text: string): string {
  return text.normalize('NFC').split('\nII. ')[1].split('\nIII. ')[0];
}

describe('generator: self-reviews', () => {
  let data: GeneratedDataset;
  let texts: Map<string, string>;
  let planted: Set<string>;
  let stock: Set<string>;

  beforeAll(() => {
    data = generateDataset(DEMO);
    texts = new Map(data.tables.reviews.map((r) => [`${r.person_id}|${r.year}`, r.text as string]));
    planted = new Set([...data.tables.truth, ...data.negatives].filter((t) => TEXT_RULES.has(t.rule as string)).map((t) => t.subject_id as string));
    for (const p of data.world.persons) if (data.world.reviewPlants.size && [...data.world.reviewPlants.values()].some((v) => v.kind === 'colleague_copy' && v.source === p)) planted.add(p.id);
    // A sentence written in more than 1% of all reviews is stock phrasing.
    const count = new Map<string, number>();
    for (const t of texts.values()) for (const s of new Set(sentences(t))) count.set(s, (count.get(s) ?? 0) + 1);
    stock = new Set([...count].filter(([, n]) => n > texts.size / 100).map(([s]) => s));
  });

  it('one review per person-year rated as a party member', () => {
    const rated = data.tables.ratings.filter((r) => r.subject_type === 'person' && r.track !== 'leader').length;
    expect(texts.size).toBe(rated);
  });

  it('follows the form: title, year, name, position, cell, sections I.–VII. in order', () => {
    for (const [key, raw] of texts) {
      const text = raw.normalize('NFC');
      // An exact copy keeps the year it was copied from ("bê nguyên").
      const plant = data.world.reviewPlants.get(key);
      const year = plant?.kind === 'exact_copy' && !plant.retitle ? plant.from : key.split('|')[1];
      expect(text).toContain('BẢN KIỂM ĐIỂM CÁ NHÂN');
      expect(text).toContain(`\nNăm ${year}\n`);
      for (const label of ['\nHọ và tên: ', '\nChức vụ: ', '\nChi bộ: ']) expect(text).toContain(label);
      const at = SECTIONS.map((n) => text.indexOf(`\n${n}. `));
      expect(at.every((x, i) => x > 0 && (i === 0 || x > at[i - 1])), key).toBe(true);
    }
  });

  it('is about 2,000 characters (1.5–4.5 KB of UTF-8)', () => {
    const bytes = [...texts.values()].map((t) => new TextEncoder().encode(t).length);
    expect(Math.min(...bytes)).toBeGreaterThan(1500);
    expect(Math.max(...bytes)).toBeLessThan(4500);
    const chars = [...texts.values()].reduce((a, t) => a + t.normalize('NFC').length, 0) / texts.size;
    expect(chars).toBeGreaterThan(1500);
    expect(chars).toBeLessThan(2500);
  });

  it('honest reviews change section II every year', () => {
    for (const p of data.world.persons) {
      if (planted.has(p.id)) continue;
      for (let y = 2018 + p.from + 1; y <= 2018 + p.to; y++) {
        const a = new Set(sentences(sectionII(texts.get(`${p.id}|${y - 1}`)!)));
        const shared = sentences(sectionII(texts.get(`${p.id}|${y}`)!)).filter((s) => a.has(s) && !stock.has(s));
        expect(shared, `${p.id} ${y}`).toEqual([]);
      }
    }
  });

  /** Share of the smaller review's own sentences found in the other. */
  function overlap(a: string, b: string): number {
    const sa = sentences(a).filter((s) => !stock.has(s));
    const sb = new Set(sentences(b).filter((s) => !stock.has(s)));
    return sa.filter((s) => sb.has(s)).length / Math.min(sa.length, sb.size);
  }

  it('honest reviews share well under half of their own sentences: same person other years, colleagues same year', () => {
    let worstSelf = 0;
    let worstColleague = 0;
    for (const p of data.world.persons) {
      if (planted.has(p.id)) continue;
      for (let a = p.from; a <= p.to; a++)
        for (let b = a + 1; b <= p.to; b++) worstSelf = Math.max(worstSelf, overlap(texts.get(`${p.id}|${2018 + a}`)!, texts.get(`${p.id}|${2018 + b}`)!));
    }
    for (const u of data.world.units) {
      const members = u.members.filter((p) => !planted.has(p.id));
      for (let yi = 0; yi < 8; yi++) {
        const present = members.filter((p) => yi >= p.from && yi <= p.to);
        for (let i = 0; i < present.length; i++)
          for (let j = i + 1; j < present.length; j++)
            worstColleague = Math.max(worstColleague, overlap(texts.get(`${present[i].id}|${2018 + yi}`)!, texts.get(`${present[j].id}|${2018 + yi}`)!));
      }
    }
    expect(worstSelf).toBeLessThan(0.25);
    expect(worstColleague).toBeLessThan(0.25);
  });

  it('planted copies share most of their sentences with the review they copy', () => {
    const copies = data.tables.truth.filter((t) => t.rule === 'review_copied_prior_year');
    expect(copies.length).toBeGreaterThanOrEqual(4);
    for (const t of copies) {
      const id = t.subject_id as string;
      const year = t.year as number;
      const best = Math.max(...[1, 2].map((d) => (texts.has(`${id}|${year - d}`) ? overlap(texts.get(`${id}|${year}`)!, texts.get(`${id}|${year - d}`)!) : 0)));
      expect(best, `${id} ${year}`).toBeGreaterThanOrEqual(0.6);
    }
    const reordered = data.world.persons.find((p) => data.world.reviewPlants.get(`${p.id}|2024`)?.kind === 'reordered_copy')!;
    expect(texts.get(`${reordered.id}|2024`)).not.toBe(texts.get(`${reordered.id}|2023`));
    const nfd = [...data.world.reviewPlants].find(([, v]) => v.kind === 'exact_copy' && v.nfd)!;
    const [id, year] = nfd[0].split('|');
    const copy = texts.get(nfd[0])!;
    expect(copy).not.toBe(copy.normalize('NFC'));
    expect(copy.normalize('NFC')).toBe(texts.get(`${id}|${Number(year) - 1}`)!.normalize('NFC'));
  });
});
