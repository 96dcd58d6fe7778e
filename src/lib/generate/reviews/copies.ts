/**
 * The final text of every self-review: honest (compose.ts) or made by a planted case from another
 * review — the person's own of an earlier year (exact, edited, reordered), a colleague's, or this
 * year's with last years' section II. A few honest reviews are stored in Unicode NFD, as text
 * pasted from some word processors is; the loader and the checks normalise it.
 */
import { FIRST_YEAR, type Person, type World } from '../model';
import { rngFor } from '../rng';
import { renderReview, ReviewComposer, type ReviewDoc } from './compose';

const P_NFD = 0.015;

/** The level a member writes in section VII: the self-assessment when given, else the final level. */
function ownLevel(p: Person, year: number): number {
  const yi = year - FIRST_YEAR;
  return p.pmSelf[yi] || p.pm[yi];
}

/** A new order of the sentences of each section (never the old one when a section has several). */
function reorder(doc: ReviewDoc, seed: number, label: string): ReviewDoc {
  const rng = rngFor(seed, 'reorder', label);
  const shuffle = (xs: string[]) => {
    if (xs.length < 2) return xs;
    let out = rng.shuffled(xs);
    if (out.every((x, i) => x === xs[i])) out = [...xs.slice(1), xs[0]];
    return out;
  };
  return { ...doc, conduct: shuffle(doc.conduct), tasks: shuffle(doc.tasks), weaknesses: shuffle(doc.weaknesses), directions: shuffle(doc.directions) };
}

/**
 * Section II carried over nearly verbatim: the cause sentence (the last) loses its last clause.
 * Only cutting words, never adding: every remaining shingle is shared, so the copy stays a copy
 * to any shingle measure however the words are weighted.
 */
function carriedOver(sentences: string[]): string[] {
  const last = sentences[sentences.length - 1];
  const cut = Math.max(last.lastIndexOf(', '), last.lastIndexOf('; '));
  return cut > 0 ? [...sentences.slice(0, -1), `${last.slice(0, cut)}.`] : sentences;
}

export class ReviewWriter {
  readonly composer: ReviewComposer;

  constructor(private readonly world: World) {
    this.composer = new ReviewComposer(world);
  }

  private honest(p: Person, year: number): ReviewDoc {
    return this.composer.honest(p, year, ownLevel(p, year));
  }

  /** The header of `year` over the body of another review. */
  private retitle(doc: ReviewDoc, p: Person, year: number): ReviewDoc {
    const fresh = this.honest(p, year);
    return { ...doc, year, placeDate: fresh.placeDate };
  }

  doc(p: Person, year: number): { doc: ReviewDoc; nfd: boolean } {
    const plant = this.world.reviewPlants.get(`${p.id}|${year}`);
    if (!plant) return { doc: this.honest(p, year), nfd: rngFor(this.world.seed, 'nfd', p.id, year).chance(P_NFD) };
    switch (plant.kind) {
      case 'exact_copy': {
        const old = this.honest(p, plant.from);
        return { doc: plant.retitle ? this.retitle(old, p, year) : old, nfd: plant.nfd };
      }
      case 'edited_copy': {
        const old = this.honest(p, plant.from);
        const fresh = this.honest(p, year);
        // Two sentences changed, as a hurried copier does: this year's commitment and next year's direction.
        return { doc: { ...old, year, placeDate: fresh.placeDate, commitment: fresh.commitment, directions: fresh.directions }, nfd: false };
      }
      case 'reordered_copy':
        return { doc: reorder(this.retitle(this.honest(p, plant.from), p, year), this.world.seed, `${p.id}|${year}`), nfd: false };
      case 'colleague_copy': {
        const src = this.honest(plant.source, year);
        const mine = this.honest(p, year);
        return {
          doc: {
            ...src,
            partyLine: mine.partyLine,
            cellLine: mine.cellLine,
            placeDate: mine.placeDate,
            name: mine.name,
            birthYear: mine.birthYear,
            title: mine.title,
            cellName: mine.cellName,
            tasks: [src.tasks[0], mine.tasks[1]],
            commitment: mine.commitment
          },
          nfd: false
        };
      }
      case 'repeated_weaknesses': {
        const doc = this.honest(p, year);
        const base = this.honest(p, plant.baseYear).weaknesses;
        return { doc: { ...doc, weaknesses: year === plant.baseYear ? base : carriedOver(base) }, nfd: false };
      }
      case 'repeated_causes': {
        const doc = this.honest(p, year);
        const base = this.honest(p, plant.baseYear);
        // The causes of the base year with three more in the person's own words: a part 2 as long
        // as the weaknesses, so that a comparison of the whole section would see a copy.
        const causes = [...(base.causes ?? []), ...this.honest(p, plant.baseYear + 3).causes!, ...this.honest(p, plant.baseYear + 4).causes!, ...this.honest(p, plant.baseYear + 5).causes!];
        return { doc: { ...doc, causes }, nfd: false };
      }
    }
  }

  text(p: Person, year: number): string {
    const { doc, nfd } = this.doc(p, year);
    const text = renderReview(doc);
    return nfd ? text.normalize('NFD') : text;
  }
}
