/**
 * npx tsx src/cli/eval-copies.ts [--scale demo|district|province] [--seed N] [--data DIR] [--keep DIR]
 *                                [--engine wasm|native] [--sweep]
 *
 * Evaluates the three self-review rules (review_copied_prior_year, review_copied_colleague,
 * repeated_weaknesses) on the generator's data (`npm run generate`, whose truth.csv lists the
 * planted copies) and prints, as markdown:
 *   1. time and memory of the three rules from a cold start (the corpus built from the reviews
 *      table), on the browser's engine (duckdb-wasm in Node) unless --engine native;
 *   2. precision and recall per rule against the truth;
 *   3. calibration: each review's best similarity (to an earlier review of the same person, to a
 *      colleague of its grassroots organisation, section II over three years), planted against
 *      honest, and precision/recall over a range of thresholds;
 *   4. LSH against exhaustive comparison of every in-scope pair: pairs verified, time, and the share
 *      of the exhaustive search's similar pairs that LSH still finds;
 *   5. with --sweep: the margin between planted and honest for other shingle sizes, stock cuts and
 *      measures (how the defaults were chosen).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { hasErrors, loadDataset, parseDataset } from '../lib/data';
import { readDatasetFolder } from '../lib/data/read-folder';
import type { RuleId } from '../lib/domain/rule-ids';
import { createNativeEngine } from '../lib/engine/native';
import type { Engine } from '../lib/engine/types';
import { createWasmNodeEngine } from '../lib/engine/wasm-node';
import { rule as colleagueRule } from '../lib/rules/review_copied_colleague';
import { rule as priorYearRule } from '../lib/rules/review_copied_prior_year';
import { rule as weaknessesRule } from '../lib/rules/repeated_weaknesses';
import {
  colleagueGroups, docKey, docOrganisations, reviewCorpus, textSettings, weightedFull, weightedWeaknesses, type TextCorpus
} from '../lib/rules/review-text';
import { runAudit, type AuditResult } from '../lib/rules/run-audit';
import type { ReviewCorpus } from '../lib/text/corpus';
import { groupCandidates, priorYearCopies, repeatedSections, WeightedField, type CompareOptions } from '../lib/text/copies';
import { lshForThreshold, type LshParams } from '../lib/text/lsh';
import type { Measure } from '../lib/text/similarity';
import { markdownReport, parseTruthCsv, scoreAudit, TRUTH_FILE, type TruthRow } from './eval';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TEXT_RULES: RuleId[] = ['review_copied_prior_year', 'review_copied_colleague', 'repeated_weaknesses'];
const THRESHOLDS = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7];

const ms = (t0: number) => Math.round(performance.now() - t0);
const cpuMs = (c0: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(c0);
  return Math.round((c.user + c.system) / 1000);
};
const fmt = (x: number | null, d = 3) => (x === null || !Number.isFinite(x) ? '—' : x.toFixed(d));

function generate(scale: string, seed: string, out: string): void {
  console.error(`generating --scale ${scale} --seed ${seed} → ${out}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/generate.ts'), '--scale', scale, '--seed', seed, '--out', out], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit']
  });
  if (run.status !== 0) throw new Error(`the generator failed (exit ${run.status ?? run.signal})`);
}

/** Bytes of the typed arrays among an object's own properties. */
function typedBytes(o: object): number {
  return Object.values(o).reduce((n: number, v) => n + (ArrayBuffer.isView(v) ? v.byteLength : 0), 0);
}

/** Each review's score for one rule (0 when it has none), and whether the truth flags it. */
interface Scored {
  score: Float64Array;
  planted: Uint8Array;
}

function blankScores(corpus: ReviewCorpus, truth: readonly TruthRow[], rule: RuleId): Scored {
  const keys = new Set(truth.filter((t) => t.rule === rule).map((t) => docKey(t.subject_id, t.year)));
  const planted = new Uint8Array(corpus.docYear.length);
  for (let d = 0; d < planted.length; d++) planted[d] = keys.has(docKey(corpus.persons[corpus.docPerson[d]], corpus.docYear[d])) ? 1 : 0;
  return { score: new Float64Array(planted.length), planted };
}

function margin(s: Scored): { planted: number; minPlanted: number; maxHonest: number; honest: number[] } {
  let minPlanted = Infinity;
  let maxHonest = 0;
  let planted = 0;
  const honest: number[] = [];
  for (let d = 0; d < s.score.length; d++) {
    if (s.planted[d]) {
      planted++;
      minPlanted = Math.min(minPlanted, s.score[d]);
    } else {
      maxHonest = Math.max(maxHonest, s.score[d]);
      if (s.score[d] > 0) honest.push(s.score[d]);
    }
  }
  return { planted, minPlanted, maxHonest, honest: honest.sort((a, b) => a - b) };
}

function precisionRecallAt(s: Scored, t: number): string {
  let tp = 0;
  let fp = 0;
  let planted = 0;
  for (let d = 0; d < s.score.length; d++) {
    if (s.planted[d]) planted++;
    if (s.score[d] >= t) s.planted[d] ? tp++ : fp++;
  }
  return `${fmt(tp + fp ? tp / (tp + fp) : null, 2)} / ${fmt(planted ? tp / planted : null, 2)}`;
}

/** Best similarity of each review to an earlier review of the same person. */
async function priorYearScores(corpus: ReviewCorpus, wf: WeightedField, truth: TruthRow[], o: CompareOptions): Promise<Scored> {
  const s = blankScores(corpus, truth, 'review_copied_prior_year');
  for (const hits of await priorYearCopies(corpus, wf, { ...o, threshold: 1e-9 })) s.score[hits[0].doc] = hits[0].similarity;
  return s;
}

/** Section II: the weaker link of the last two years of a three-year run. */
async function weaknessScores(corpus: ReviewCorpus, wf: WeightedField, truth: TruthRow[], o: CompareOptions): Promise<Scored> {
  const s = blankScores(corpus, truth, 'repeated_weaknesses');
  for (const run of await repeatedSections(corpus, wf, { ...o, threshold: 1e-9 }, 3)) s.score[run.doc] = Math.min(...run.similarities);
  return s;
}

interface PairSearch {
  pairs: number;
  ms: number;
  /** Pairs at or above 0.2, as "a-b" → similarity. */
  near: Map<string, number>;
  /** Best colleague similarity of each review. */
  best: Scored;
}

/** Every candidate pair of every group, verified; `exhaustive` compares all pairs of every group. */
async function searchPairs(corpus: ReviewCorpus, truth: TruthRow[], groups: number[][], wf: WeightedField, o: CompareOptions, lsh: { lshMinGroup: number; lsh: LshParams }, exhaustive: boolean): Promise<PairSearch> {
  const t0 = performance.now();
  const best = blankScores(corpus, truth, 'review_copied_colleague');
  const near = new Map<string, number>();
  let pairs = 0;
  for (const g of groups) {
    for (const [a, b] of await groupCandidates(g, wf, o, { ...lsh, exhaustive })) {
      pairs++;
      const sim = wf.similarity(o.measure, a, b);
      if (sim > best.score[a]) best.score[a] = sim;
      if (sim > best.score[b]) best.score[b] = sim;
      if (sim >= 0.2) near.set(`${a}-${b}`, sim);
    }
  }
  return { pairs, ms: ms(t0), near, best };
}

/** The folder is loaded whole here (loadFolder): its corpus holds its shingle sets. */
function loaded(corpus: TextCorpus): ReviewCorpus {
  if ('source' in corpus) throw new Error('expected a corpus read from the reviews table');
  return corpus;
}

async function loadFolder(dir: string, kind: string): Promise<{ engine: Engine; reviews: number }> {
  const t0 = performance.now();
  const parsed = await parseDataset((await readDatasetFolder(dir)).filter((f) => f.name !== TRUTH_FILE));
  if (hasErrors(parsed.problems)) throw new Error('the dataset has errors (npm run audit on it lists them)');
  const engine = kind === 'native' ? await createNativeEngine() : await createWasmNodeEngine();
  await loadDataset(engine, parsed);
  const reviews = parsed.columns.reviews?.length ?? 0;
  console.error(`loaded ${reviews} reviews in ${ms(t0)} ms`);
  return { engine, reviews };
}

/** Sections 1–4 of the report. */
async function evaluate(engine: Engine, reviews: number, truth: TruthRow[], title: string): Promise<string[]> {
  const out: string[] = [`# Self-review rules on ${title} (${reviews} reviews, engine ${engine.kind})`, ''];

  // 1–2. The rules as the app runs them, from a cold start (a fresh engine identity: nothing memoised).
  const cold = { ...engine };
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const result: AuditResult = await runAudit(cold, { only: TEXT_RULES });
  const totalMs = ms(t0);
  const totalCpu = cpuMs(c0);
  out.push('## Time from a cold start (reading the reviews, shingling, comparing, evidence)', '');
  out.push('| rule | ms |', '|---|---:|');
  for (const o of result.outcomes) out.push(`| ${o.rule} | ${o.status === 'ran' ? o.ms : o.status} |`);
  out.push(`| **all three**, wall clock | ${totalMs} |`, `| **all three**, CPU time of this process | ${totalCpu} |`, '');
  const s10 = textSettings(priorYearRule.defaults);
  const s11 = textSettings(colleagueRule.defaults);
  const s12 = textSettings(weaknessesRule.defaults);
  // Memoised by the run above: what the rules keep between runs.
  const corpus = loaded(await reviewCorpus(cold, s10.shingleSize));
  const full = (await weightedFull(cold, corpus, s10)) as WeightedField;
  const weak = (await weightedWeaknesses(cold, corpus, s12)) as WeightedField;
  out.push(`Peak resident memory of the process (dataset parsing and DuckDB included): ${Math.round(process.resourceUsage().maxRSS / 1024)} MB.`);
  out.push(`Held by the text rules after the run (shingle corpus and weighted sets, typed arrays): ${Math.round((typedBytes(corpus.full) + typedBytes(corpus.weaknesses) + typedBytes(corpus) + full.bytes + weak.bytes) / 1e6)} MB.`, '');
  out.push('## Precision and recall against the planted truth', '', markdownReport(scoreAudit(result, truth, TEXT_RULES), 5));

  // 3. Calibration from each review's best score, with the rules' default settings.
  const groups = colleagueGroups(corpus, await docOrganisations(engine, corpus), 'co_so');
  const lsh = { lshMinGroup: colleagueRule.defaults.lsh_min_group, lsh: lshForThreshold(s11.compare.threshold, colleagueRule.defaults.lsh_miss_rate) };
  const exhaustive = await searchPairs(corpus, truth, groups, full, s11.compare, lsh, true);
  const scores: [RuleId, Scored, number][] = [
    ['review_copied_prior_year', await priorYearScores(corpus, full, truth, s10.compare), s10.compare.threshold],
    ['review_copied_colleague', exhaustive.best, s11.compare.threshold],
    ['repeated_weaknesses', await weaknessScores(corpus, weak, truth, s12.compare), s12.compare.threshold]
  ];
  out.push('## Calibration: best similarity per review, planted against honest', '');
  out.push('| rule | planted | lowest planted | highest honest | honest p99 | honest p99.9 | default threshold |', '|---|---:|---:|---:|---:|---:|---:|');
  for (const [rule, s, threshold] of scores) {
    const m = margin(s);
    const q = (p: number) => (m.honest.length ? m.honest[Math.min(m.honest.length - 1, Math.floor(p * m.honest.length))] : 0);
    out.push(`| ${rule} | ${m.planted} | ${fmt(m.minPlanted)} | ${fmt(m.maxHonest)} | ${fmt(q(0.99))} | ${fmt(q(0.999))} | ${threshold} |`);
  }
  out.push('', '(quantiles over honest reviews that have a score above 0; colleague scores from the exhaustive search.)', '');
  out.push('Precision / recall by threshold:', '', `| rule | ${THRESHOLDS.join(' | ')} |`, `|---|${THRESHOLDS.map(() => '---:').join('|')}|`);
  for (const [rule, s] of scores) out.push(`| ${rule} | ${THRESHOLDS.map((t) => precisionRecallAt(s, t)).join(' | ')} |`);
  out.push('');

  // 4. LSH against exhaustive comparison: the same groups, the same verification.
  const viaLsh = await searchPairs(corpus, truth, groups, full, s11.compare, lsh, false);
  const sizes = groups.map((g) => g.length).sort((a, b) => b - a);
  out.push(`## LSH (groups over ${lsh.lshMinGroup} reviews; ${lsh.lsh.bands} bands × ${lsh.lsh.rows} rows) against exhaustive comparison`, '');
  out.push(`${groups.length} groups (co_so × year), largest ${sizes[0] ?? 0}, ${sizes.filter((n) => n > lsh.lshMinGroup).length} above ${lsh.lshMinGroup}.`, '');
  out.push('| search | pairs verified | ms (candidates + verification) |', '|---|---:|---:|');
  out.push(`| exhaustive | ${exhaustive.pairs} | ${exhaustive.ms} |`, `| LSH | ${viaLsh.pairs} | ${viaLsh.ms} |`);
  out.push(`| ratio | ${fmt(exhaustive.pairs / Math.max(1, viaLsh.pairs), 1)}× fewer pairs | ${fmt(exhaustive.ms / Math.max(1, viaLsh.ms), 1)}× faster |`, '');
  out.push('| similarity ≥ | pairs (exhaustive) | found by LSH | recall |', '|---:|---:|---:|---:|');
  for (const t of [0.2, 0.3, s11.compare.threshold, 0.5, 0.7]) {
    const want = [...exhaustive.near].filter(([, v]) => v >= t).map(([k]) => k);
    const found = want.filter((k) => viaLsh.near.has(k)).length;
    out.push(`| ${t} | ${want.length} | ${found} | ${fmt(want.length ? found / want.length : null)} |`);
  }
  const lshFlags = result.flags.filter((f) => f.rule === 'review_copied_colleague').map((f) => f.flag_id);
  const exhaustiveRun = await runAudit(engine, { only: ['review_copied_colleague'], params: { review_copied_colleague: { lsh_min_group: 1e9 } } });
  const exFlags = new Set(exhaustiveRun.flags.map((f) => f.flag_id));
  out.push('', `Flags of review_copied_colleague: LSH ${lshFlags.length}, exhaustive ${exFlags.size}, LSH keeps ${lshFlags.filter((id) => exFlags.has(id)).length} of them.`, '');
  return out;
}

/**
 * Section 5: lowest planted and highest honest score for other settings. The colleague search uses
 * a generous LSH (60 bands × 2 rows finds a pair of Jaccard 0.2 with p ≈ 0.9) instead of all pairs.
 */
async function sweep(engine: Engine, truth: TruthRow[]): Promise<string[]> {
  const out = ['## Settings sweep: lowest planted / highest honest (ratio)', '', '| shingle | stock share | measure | prior year | colleague | weaknesses |', '|---:|---:|---|---|---|---|'];
  const base = await reviewCorpus(engine, 4);
  const groups = colleagueGroups(base, await docOrganisations(engine, base), 'co_so');
  const generous = { lshMinGroup: 50, lsh: { bands: 60, rows: 2 } };
  for (const n of [3, 4, 5]) {
    const corpus = loaded(await reviewCorpus(engine, n));
    for (const share of [0.1, 0.2, 0.3, 0.5, 2])
      for (const measure of ['jaccard', 'containment'] as Measure[]) {
        const policy = { stockShare: share, stockMinPersons: 5 };
        const full = new WeightedField(corpus.full, corpus.persons.length, policy);
        const weak = new WeightedField(corpus.weaknesses, corpus.persons.length, policy);
        const o = { measure, threshold: 1e-9, minShingles: 10 };
        const cell = (s: Scored) => {
          const m = margin(s);
          return `${fmt(m.minPlanted)} / ${fmt(m.maxHonest)} (${fmt(m.minPlanted / m.maxHonest, 2)})`;
        };
        const prior = await priorYearScores(corpus, full, truth, o);
        const colleague = (await searchPairs(corpus, truth, groups, full, o, generous, false)).best;
        const weaknesses = await weaknessScores(corpus, weak, truth, { ...o, minShingles: 5 });
        out.push(`| ${n} | ${share > 1 ? 'none' : share} | ${measure} | ${cell(prior)} | ${cell(colleague)} | ${cell(weaknesses)} |`);
      }
  }
  return [...out, ''];
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: 'district' },
      seed: { type: 'string', default: '1' },
      data: { type: 'string' },
      keep: { type: 'string' },
      engine: { type: 'string', default: 'wasm' },
      sweep: { type: 'boolean', default: false }
    }
  });
  const temp = values.data || values.keep ? undefined : mkdtempSync(path.join(tmpdir(), 'soi-eval-copies-'));
  const dir = values.data ?? values.keep ?? temp!;
  try {
    if (!values.data) generate(values.scale!, values.seed!, dir);
    const truthPath = path.join(dir, TRUTH_FILE);
    if (!existsSync(truthPath)) throw new Error(`no ${TRUTH_FILE} in ${dir}`);
    const truth = parseTruthCsv(new Uint8Array(readFileSync(truthPath))).rows.filter((t) => TEXT_RULES.includes(t.rule as RuleId));
    const { engine, reviews } = await loadFolder(dir, values.engine!);
    const out = await evaluate(engine, reviews, truth, values.data ?? `--scale ${values.scale} --seed ${values.seed}`);
    if (values.sweep) out.push(...(await sweep(engine, truth)));
    console.log(out.join('\n'));
    await engine.close();
    return 0;
  } finally {
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(2);
  }
);
