/**
 * Planted self-review cases (#10–12), per district, on background members who hold no post and are
 * members all eight years:
 *   #10 an exact copy of last year's review (stored in NFD: the same text once normalised); a copy
 *       with only the year, a date and two sentences changed; a copy with its sentences reordered;
 *       a copy of the review of two years before;
 *   #11 a colleague's review with name, position and two sentences changed — in the same cell, and
 *       in another cell of the same grassroots organisation (both persons flagged); and the same
 *       between two different grassroots organisations (a hard negative: the scope is one co_so);
 *   #12 section II repeated nearly verbatim three years, and four years (the rest of the reviews
 *       changing), and only two years (a hard negative).
 * A copy touches only the copier's review of that year: the years before and after stay honest, so
 * no other year is a copy of it, and section II is never the same three years running by accident.
 */
import type { DistrictContext } from './structure';
import { YEAR_COUNT, type Person, type Unit, type World } from './model';
import { Planter } from './planter';

function eligible(p: Person): boolean {
  return !p.planted && !p.posts && !p.cell.planted && p.permanent && p.from === 0 && p.to === YEAR_COUNT - 1 && !p.status?.some(Boolean);
}

function cellsOf(co: Unit): Unit[] {
  return co.children.filter((c) => c.members.length);
}

export function plantReviewCases(world: World, ctx: DistrictContext, sets = 1): void {
  for (let set = 0; set < sets; set++) plantReviewSet(world, ctx, set);
}

function plantReviewSet(world: World, ctx: DistrictContext, set: number): void {
  const t = new Planter(ctx, world, `text-${ctx.index}-${set}`);
  const take = (pool: Person[]): Person => {
    const list = pool.filter(eligible);
    if (!list.length) throw new Error(`plant: no member left for a review case in ${ctx.code}`);
    const p = t.rng.pick(list);
    p.planted = true;
    return p;
  };
  const background = world.persons.filter((p) => p.cell.district === ctx.index && eligible(p));
  const plant = (p: Person, year: number, how: Parameters<World['reviewPlants']['set']>[1]) => world.reviewPlants.set(`${p.id}|${year}`, how);

  // #10 review_copied_prior_year.
  const exact = take(background);
  plant(exact, 2021, { kind: 'exact_copy', from: 2020, retitle: false, nfd: true });
  t.truth('review_copied_prior_year', 2021, 'person', exact.id, 'exact copy of the 2020 review (stored in NFD)');
  const edited = take(background);
  plant(edited, 2023, { kind: 'edited_copy', from: 2022 });
  t.truth('review_copied_prior_year', 2023, 'person', edited.id, '2022 review with the year, a date and two sentences changed');
  const reordered = take(background);
  plant(reordered, 2024, { kind: 'reordered_copy', from: 2023 });
  t.truth('review_copied_prior_year', 2024, 'person', reordered.id, '2023 review with its sentences reordered');
  const older = take(background);
  plant(older, 2022, { kind: 'exact_copy', from: 2020, retitle: true, nfd: false });
  t.truth('review_copied_prior_year', 2022, 'person', older.id, 'copy of the 2020 review (two years back), new header');

  // #11 review_copied_colleague.
  const communes = ctx.communes.filter((c) => !c.planted);
  const coA = communes[(2 * set + 1) % communes.length];
  const coB = communes[(2 * set) % communes.length];
  // Version 2 excuses some members from rating (no review): count those who can still take a case.
  const size = (c: Unit) => (world.format === 1 ? c.members.length : c.members.filter(eligible).length);
  const sameCell = cellsOf(coA).filter((c) => !c.planted).sort((a, b) => size(b) - size(a))[0];
  const a1 = take(sameCell.members);
  const b1 = take(sameCell.members);
  plant(b1, 2021, { kind: 'colleague_copy', source: a1 });
  t.truth('review_copied_colleague', 2021, 'person', a1.id, `colleague in the same cell (${b1.id}) copied this 2021 review`);
  t.truth('review_copied_colleague', 2021, 'person', b1.id, `copied the 2021 review of ${a1.id} (same cell), name, position and two sentences changed`);
  const cellsB = cellsOf(coB).filter((c) => !c.planted && size(c) > 0);
  const a2 = take(cellsB[0].members);
  const b2 = take(cellsB[cellsB.length - 1].members);
  plant(b2, 2024, { kind: 'colleague_copy', source: a2 });
  t.truth('review_copied_colleague', 2024, 'person', a2.id, `colleague of another cell of the same organisation (${b2.id}) copied this 2024 review`);
  t.truth('review_copied_colleague', 2024, 'person', b2.id, `copied the 2024 review of ${a2.id} (another cell, same organisation)`);
  const elsewhere = world.units.find((u) => u.id === `${ctx.code}-CQCQ`)!;
  const a3 = take(cellsOf(coA).flatMap((c) => c.members));
  const b3 = take(cellsOf(elsewhere).flatMap((c) => c.members));
  plant(b3, 2022, { kind: 'colleague_copy', source: a3 });
  t.negative('review_copied_colleague', 2022, 'person', a3.id, `near copy by ${b3.id} of another grassroots organisation (outside the co_so scope)`);
  t.negative('review_copied_colleague', 2022, 'person', b3.id, `near copy of ${a3.id} of another grassroots organisation (outside the co_so scope)`);

  // #12 repeated_weaknesses.
  const three = take(background);
  for (const y of [2020, 2021]) plant(three, y, { kind: 'repeated_weaknesses', baseYear: 2019 });
  t.truth('repeated_weaknesses', 2021, 'person', three.id, 'section II nearly verbatim 2019–2021');
  const four = take(background);
  for (const y of [2022, 2023, 2024]) plant(four, y, { kind: 'repeated_weaknesses', baseYear: 2021 });
  t.truth('repeated_weaknesses', 2023, 'person', four.id, 'section II nearly verbatim 2021–2024 (third year)');
  t.truth('repeated_weaknesses', 2024, 'person', four.id, 'section II nearly verbatim 2021–2024 (fourth year)');
  const two = take(background);
  plant(two, 2023, { kind: 'repeated_weaknesses', baseYear: 2022 });
  t.negative('repeated_weaknesses', 2023, 'person', two.id, 'section II repeated two years only (2022–2023)');
  if (world.format === 2) {
    // Version 2 compares the weaknesses (part 1 of section II) only: repeated causes alone are no repeat.
    const causes = take(background);
    for (const y of [2019, 2020, 2021]) plant(causes, y, { kind: 'repeated_causes', baseYear: 2019 });
    t.negative('repeated_weaknesses', 2021, 'person', causes.id, 'causes (part 2 of section II) word for word 2019–2021, weaknesses new each year');
  }
}
