/**
 * Slot fillers for review sentences: numbers written the Vietnamese way (1.250; 96,5%), dates,
 * and the person's context (year, place, unit). One Fill per person-year, seeded by both.
 */
import type { Rng } from '../rng';

export interface FillContext {
  year: number;
  /** Short place: "thôn Đông", "Tổ dân phố số 2", "Phòng Nội vụ". */
  place: string;
  /** "xã Tân Lập", "huyện Yên Phong". */
  locality: string;
  /** The cell's name without "Chi bộ". */
  unit: string;
  /** The person's job or post, for sentences about "my position". */
  title: string;
}

/** 1250 → "1.250" (Vietnamese thousands separator). */
export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export class Fill {
  readonly year: number;
  readonly prev: number;
  readonly next: number;
  readonly place: string;
  readonly locality: string;
  readonly unit: string;
  readonly title: string;

  constructor(readonly rng: Rng, ctx: FillContext) {
    this.year = ctx.year;
    this.prev = ctx.year - 1;
    this.next = ctx.year + 1;
    this.place = ctx.place;
    this.locality = ctx.locality;
    this.unit = ctx.unit;
    this.title = ctx.title;
  }

  /** Integer in [a, b] with '.' thousands separators. */
  n(a: number, b: number): string {
    return thousands(this.rng.int(a, b));
  }

  /** Decimal in [a, b] with one digit after a comma ("96,5"). */
  dec(a: number, b: number): string {
    const v = a + this.rng.next() * (b - a);
    return v.toFixed(1).replace('.', ',');
  }

  pick<T>(items: readonly T[]): T {
    return this.rng.pick(items);
  }

  /** "12/5" — a day and month of the year. */
  dm(fromMonth = 1, toMonth = 11): string {
    return `${this.rng.int(1, 28)}/${this.rng.int(fromMonth, toMonth)}`;
  }

  /** "tháng 7" */
  month(from = 1, to = 11): string {
    return `tháng ${this.rng.int(from, to)}`;
  }
}

export type Template = (f: Fill) => string;

/** A weakness, with the topic section III of the next year refers back to. */
export interface Weakness {
  topic: string;
  text: Template;
}
