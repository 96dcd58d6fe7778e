/**
 * Self-reviews (bản kiểm điểm cá nhân, Mẫu 02A-HD KĐ.ĐG) on the real form: header, sections I–VII.
 *
 * An honest review is a pure function of (seed, person, year). Each person draws sentence templates
 * from the pools in a personal order and takes the next ones each year, so that his or her reviews
 * of different years use different sentences (section II changes every year) and colleagues rarely
 * share one; the slots (numbers, places, projects, dates) make the rest differ. Planted copies are
 * built from these documents (copies.ts).
 */
import { FIRST_YEAR, formLabel, type Discipline, type Person, type Unit, type World } from '../model';
import { rngFor, type Rng } from '../rng';
import { Fill, type Template } from './fill';
import {
  CAUSES, COMMITMENT, CONDUCT, DIRECTIONS, EXPLANATIONS, LEVEL_TEXT, REMEDIES, RESPONSIBILITY_LEADER, RESPONSIBILITY_MEMBER, STOCK_CONDUCT, WEAKNESS_DETAILS,
  WEAKNESSES, withDetail
} from './pools-common';
import { LEADER_TASKS, TASKS } from './pools-tasks';
import type { RoleFamily } from '../roles';

export interface ReviewDoc {
  partyLine: string;
  cellLine: string;
  placeDate: string;
  year: number;
  name: string;
  birthYear: number;
  title: string;
  cellName: string;
  /** Sections: I.1, I.2, I.3, II … VII, each a list of sentences. */
  conduct: string[];
  tasks: string[];
  commitment: string[];
  weaknesses: string[];
  /** Version 2: section II in its two parts, the causes apart under "2. Nguyên nhân". */
  causes?: string[];
  remedies: string[];
  explanation: string[];
  responsibility: string[];
  directions: string[];
  selfLevel: string[];
}

export function renderReview(d: ReviewDoc): string {
  const p = (xs: string[]) => xs.join(' ');
  return [
    d.partyLine,
    d.placeDate,
    'BẢN KIỂM ĐIỂM CÁ NHÂN',
    `Năm ${d.year}`,
    `Họ và tên: ${d.name}. Năm sinh: ${d.birthYear}`,
    `Chức vụ: ${d.title}`,
    `Chi bộ: ${d.cellName}`,
    'I. Ưu điểm, kết quả đạt được',
    '1. Về phẩm chất chính trị, đạo đức, lối sống, ý thức tổ chức kỷ luật, tác phong, lề lối làm việc',
    p(d.conduct),
    '2. Về thực hiện chức trách, nhiệm vụ được giao',
    p(d.tasks),
    '3. Về việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm',
    p(d.commitment),
    'II. Hạn chế, khuyết điểm và nguyên nhân',
    ...(d.causes ? ['1. Hạn chế, khuyết điểm', p(d.weaknesses), '2. Nguyên nhân', p(d.causes)] : [p(d.weaknesses)]),
    'III. Kết quả khắc phục những hạn chế, khuyết điểm đã được chỉ ra ở các kỳ kiểm điểm trước',
    p(d.remedies),
    'IV. Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)',
    p(d.explanation),
    'V. Làm rõ trách nhiệm của cá nhân đối với những hạn chế, khuyết điểm của tập thể (nếu có)',
    p(d.responsibility),
    'VI. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm',
    p(d.directions),
    'VII. Tự nhận mức xếp loại chất lượng',
    p(d.selfLevel),
    'NGƯỜI TỰ KIỂM ĐIỂM',
    d.name
  ].join('\n');
}

/** A person's personal order of each pool. */
interface Plan {
  conduct: number[];
  tasks: number[];
  taskPool: readonly Template[];
  commitment: number[];
  weaknesses: number[];
  causes: number[];
  details: number[];
  directions: number[];
}

function permutation(rng: Rng, n: number): number[] {
  return rng.shuffled(Array.from({ length: n }, (_, i) => i));
}

/** The k items of year index yi in a personal order (years before the first wrap around). */
function slice(order: readonly number[], yi: number, k: number): number[] {
  const m = order.length;
  return Array.from({ length: k }, (_, j) => order[(((yi * k + j) % m) + m) % m]);
}

function grassrootsOf(u: Unit): Unit | null {
  for (let x: Unit | null = u; x; x = x.parent) if (x.kind === 'co_so') return x;
  return null;
}

function shortPlace(u: Unit): string {
  return u.name.replace(/^Chi bộ /, '');
}

function localityOf(u: Unit): string {
  const g = grassrootsOf(u);
  if (g && (g.domain === 'xa' || g.domain === 'thi_tran')) return g.name.replace(/^Đảng bộ /, '');
  return `huyện ${u.place}`;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

export class ReviewComposer {
  private readonly plans = new Map<Person, Plan>();
  private readonly disciplineOf = new Map<string, Discipline>();

  constructor(private readonly world: World) {
    for (const d of world.disciplines) if (d.subjectType === 'person') this.disciplineOf.set(`${d.subjectId}|${d.decided.slice(0, 4)}`, d);
  }

  private plan(p: Person): Plan {
    let plan = this.plans.get(p);
    if (plan) return plan;
    const rng = rngFor(this.world.seed, 'review-plan', p.id);
    const family = TASKS[p.role as RoleFamily] ?? TASKS.village;
    const taskPool = p.posts ? [...LEADER_TASKS, ...family] : family;
    // Reviews are written person by person: a small cache suffices (a province has 150,000 persons).
    if (this.plans.size > 64) this.plans.clear();
    plan = {
      conduct: permutation(rng, CONDUCT.length),
      tasks: permutation(rng, taskPool.length),
      taskPool,
      commitment: permutation(rng, COMMITMENT.length),
      weaknesses: permutation(rng, WEAKNESSES.length),
      causes: permutation(rng, CAUSES.length),
      details: permutation(rng, WEAKNESS_DETAILS.length),
      directions: permutation(rng, DIRECTIONS.length)
    };
    this.plans.set(p, plan);
    return plan;
  }

  /** The fill context of a person in a year (its own rng: the same sentences every time). */
  fill(p: Person, year: number, label = 'review'): Fill {
    const yi = year - FIRST_YEAR;
    return new Fill(rngFor(this.world.seed, label, p.id, year), {
      year,
      place: shortPlace(p.cell),
      locality: localityOf(p.cell),
      unit: shortPlace(p.cell),
      title: p.posts?.[yi]?.title ?? p.job
    });
  }

  /** "Tân Lập, ngày 20 tháng 11 năm 2021": a few days before the cell's meeting. */
  placeDate(p: Person, year: number, rng: Rng): string {
    const yi = year - FIRST_YEAR;
    const meeting = p.cell.meeting[yi] || 1125;
    let month = Math.floor(meeting / 100);
    let day = (meeting % 100) - rng.int(2, 9);
    if (day < 1) {
      month -= 1;
      day += 30;
    }
    return `${p.cell.place}, ngày ${day} tháng ${month} năm ${year}`;
  }

  honest(p: Person, year: number, level: number): ReviewDoc {
    const yi = year - FIRST_YEAR;
    const plan = this.plan(p);
    const f = this.fill(p, year);
    const run = (pool: readonly Template[], idx: number[]) => idx.map((i) => pool[i](f));
    const stock = f.rng.shuffled(STOCK_CONDUCT).slice(0, 1);
    const weakIdx = slice(plan.weaknesses, yi, 2);
    const prevTopic = WEAKNESSES[slice(plan.weaknesses, yi - 1, 2)[0]].topic;
    const details = slice(plan.details, yi, 2);
    const weaknesses = weakIdx.map((i, j) => withDetail(WEAKNESSES[i].text(f), WEAKNESS_DETAILS[details[j]](f)));
    const discipline = this.disciplineOf.get(`${p.id}|${year}`);
    if (discipline)
      weaknesses.unshift(`Trong năm ${year}, bản thân bị thi hành kỷ luật bằng hình thức ${formLabel(discipline.form).toLowerCase()} do ${lowerFirst(discipline.reason)}; bản thân nghiêm túc tiếp thu, rút kinh nghiệm sâu sắc.`);
    const causes = run(CAUSES, slice(plan.causes, yi, 1));
    if (this.world.format === 1) weaknesses.push(...causes);
    const grassroots = grassrootsOf(p.cell);
    const partyUnit = p.cell.kind === 'co_so' ? p.cell.parent : grassroots;
    return {
      partyLine: (partyUnit?.name ?? '').toUpperCase(),
      cellLine: p.cell.name.toUpperCase(),
      placeDate: this.placeDate(p, year, f.rng),
      year,
      name: p.name,
      birthYear: p.birthYear,
      title: p.posts?.[yi]?.title ?? p.job,
      cellName: p.cell.name,
      conduct: [...stock, ...run(CONDUCT, slice(plan.conduct, yi, 1))],
      tasks: run(plan.taskPool, slice(plan.tasks, yi, 2)),
      commitment: run(COMMITMENT, slice(plan.commitment, yi, 1)),
      weaknesses,
      ...(this.world.format === 2 ? { causes } : {}),
      remedies: [REMEDIES[f.rng.int(0, REMEDIES.length - 1)](prevTopic, year - 1)(f)],
      explanation: [f.rng.chance(0.15) ? EXPLANATIONS[2](f) : EXPLANATIONS[f.pick([0, 1, 3])](f)],
      responsibility: [p.posts?.[yi] ? f.pick(RESPONSIBILITY_LEADER)(f) : f.rng.chance(0.6) ? RESPONSIBILITY_MEMBER[0](f) : f.pick(RESPONSIBILITY_MEMBER)(f)],
      directions: run(DIRECTIONS, slice(plan.directions, yi, 1)),
      selfLevel: [`Tự nhận xếp loại chất lượng năm ${year}: ${LEVEL_TEXT[level] ?? LEVEL_TEXT[3]}.`]
    };
  }
}
