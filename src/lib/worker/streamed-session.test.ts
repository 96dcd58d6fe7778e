/**
 * A picked reviews.csv in the worker: streamed while parsing (never read whole), each review kept
 * as its byte range (its shingles counted, its sets made again from the text read back); the checks give the flags of the texts loaded whole, and a
 * query of a review's text (the evidence page, the side-by-side diff, a person's page) gets the
 * text read back from the picked file. Run in Node over duckdb-wasm, the browser's engine.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDatasetFolder } from '../data/read-folder';
import type { InputFile } from '../data';
import { STREAMED_TEXT } from '../data/streamed-reviews';
import { createWasmNodeEngine } from '../engine/wasm-node';
import type { Engine } from '../engine/types';
import { reviewSql } from '../ui/evidence/queries';
import { sql } from '../sql/template';
import { AUDIT_CANCELLED, CANCELLED, type Progress } from './protocol';
import { createSession } from './session';

const DEMO = path.resolve('data/demo');
const TEXT_RULES = ['review_copied_prior_year', 'review_copied_colleague', 'repeated_weaknesses'] as const;

let files: InputFile[];
const engines: Engine[] = [];

beforeAll(async () => {
  files = (await readDatasetFolder(DEMO)).filter((f) => f.name.endsWith('.csv') && f.name !== 'truth.csv');
});
afterAll(async () => {
  for (const e of engines) await e.close();
});

async function session() {
  const engine = await createWasmNodeEngine();
  engines.push(engine);
  return { engine, session: createSession({ engine: async () => engine, fetch }) };
}

describe('worker session with a picked reviews.csv', () => {
  it('streams it, gives the flags of the texts loaded whole, and reads texts back for the evidence', async () => {
    const whole = await session();
    expect((await whole.session.load({ kind: 'files', files })).accepted).toBe(true);
    const want = await whole.session.audit({ only: [...TEXT_RULES] });

    const picked = await session();
    const progress: Progress[] = [];
    const loaded = await picked.session.load({ kind: 'picked', files: files.map((f) => ({ name: f.name, file: new Blob([f.bytes.slice()]) })) }, (p) => progress.push(p));
    expect(loaded.accepted).toBe(true);
    expect(loaded.summary?.reviews).toBe(3965);
    // reviews.csv is not read whole in the read stage: its progress comes while it is parsed.
    expect(progress.some((p) => p.stage === 'read' && p.detail === 'reviews.csv')).toBe(false);
    expect(progress.filter((p) => p.stage === 'parse' && p.detail === 'reviews.csv').length).toBeGreaterThan(1);
    // The engine holds a stand-in, not the texts.
    const [{ n }] = await picked.engine.query<{ n: number }>(sql`SELECT count(*) AS n FROM reviews WHERE text = ${STREAMED_TEXT}`.text);
    expect(n).toBe(3965);

    const got = await picked.session.audit({ only: [...TEXT_RULES] });
    expect(got.flags.length).toBe(11);
    expect(got.flags).toEqual(want.flags);

    const flag = got.flags.find((f) => f.rule === 'review_copied_prior_year')!;
    const [fromStream] = await picked.session.query(reviewSql(flag.subject_id, flag.year));
    const [fromTable] = await whole.session.query(reviewSql(flag.subject_id, flag.year));
    expect(String(fromStream.text)).toContain('BẢN KIỂM ĐIỂM');
    expect(fromStream).toEqual(fromTable);
  }, 600_000);

  it('stops when cancelled while the reviews stream, and keeps the data loaded before', async () => {
    const { engine, session: s } = await session();
    expect((await s.load({ kind: 'files', files })).accepted).toBe(true);
    let cancelled = false;
    const load = s.load({ kind: 'picked', files: files.map((f) => ({ name: f.name, file: new Blob([f.bytes.slice()]) })) }, (p) => {
      if (p.stage === 'parse' && p.detail === 'reviews.csv' && !cancelled) cancelled = s.cancel();
    });
    await expect(load).rejects.toThrow(CANCELLED);
    expect(cancelled).toBe(true);
    expect(s.cancel()).toBe(false);
    const [{ n }] = await engine.query<{ n: number }>(sql`SELECT count(*) AS n FROM reviews WHERE text <> ${STREAMED_TEXT}`.text);
    expect(n).toBe(3965);
  }, 600_000);

  it('stops the checks when asked, inside a text check or between two checks, with no partial list; the next run gives the whole list', async () => {
    const { session: s } = await session();
    const picked = files.map((f) => ({ name: f.name, file: new Blob([f.bytes.slice()]) }));
    expect((await s.load({ kind: 'picked', files: picked })).accepted).toBe(true);
    const seen: string[] = [];
    const stopped = s.audit({ only: [...TEXT_RULES] }, (p) => {
      seen.push(p.detail ?? '');
      if (p.detail === 'review_copied_colleague') s.cancel();
    });
    await expect(stopped).rejects.toThrow(AUDIT_CANCELLED);
    expect(seen).toContain('review_copied_colleague');
    expect(seen).not.toContain('repeated_weaknesses');
    expect(s.cancel()).toBe(false);

    // The SQL checks report no progress and the engine never yields inside one: the stop is
    // noticed before the next check.
    const all = s.audit({});
    setTimeout(() => s.cancel(), 0);
    await expect(all).rejects.toThrow(AUDIT_CANCELLED);
    // Stopped while still waiting in the worker's queue (behind a query): it never starts.
    const query = s.query('SELECT count(*) AS n FROM ratings');
    const queued = s.audit({});
    expect(s.cancel()).toBe(true);
    await expect(queued).rejects.toThrow(AUDIT_CANCELLED);
    await expect(query).resolves.toHaveLength(1);

    // The corpus the stopped runs shared is whole: the same flags as a session never stopped.
    const again = await s.audit({ only: [...TEXT_RULES] });
    const fresh = await session();
    expect((await fresh.session.load({ kind: 'picked', files: picked })).accepted).toBe(true);
    const want = await fresh.session.audit({ only: [...TEXT_RULES] });
    expect(want.flags.length).toBe(11);
    expect(again.flags).toEqual(want.flags);
  }, 600_000);
});
