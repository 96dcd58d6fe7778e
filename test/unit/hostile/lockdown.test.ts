/**
 * After loading, no query reads or writes a file or reaches the network, and no query can switch
 * that back on: on both engines, with every check still running; and in the worker's pipeline,
 * which loads each dataset into an engine of its own.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { loadDataset, parseDataset } from '../../../src/lib/data';
import { readDatasetFolder } from '../../../src/lib/data/read-folder';
import { lockDown } from '../../../src/lib/engine/lockdown';
import { createWasmNodeEngine } from '../../../src/lib/engine/wasm-node';
import type { Engine } from '../../../src/lib/engine/types';
import { runAudit } from '../../../src/lib/rules/run-audit';
import { createSession } from '../../../src/lib/worker/session';
import { goodWith, textFile } from '../data/helpers';
import { ENGINES } from '../rules/fixture';

const PASSWD = `SELECT count(*) AS n FROM read_csv('/etc/passwd', header = false, columns = {'l': 'VARCHAR'}, delim = '\\x01', quote = '', escape = '')`;

async function refused(engine: Engine, sql: string): Promise<string> {
  return engine.query(sql).then(
    () => 'ran',
    (err: unknown) => String(err)
  );
}

describe.each(ENGINES)('an engine locked down after loading, on %s', (name, make) => {
  it('reads no file, writes none, attaches none, reaches no URL, cannot be unlocked; the checks still run', async () => {
    const engine = await make();
    try {
      expect(await engine.query(PASSWD)).not.toEqual([]); // the file exists and was readable before
      await loadDataset(engine, await parseDataset(await goodWith()));
      await lockDown(engine);
      const out = path.join(tmpdir(), `soi-lockdown-${name}-${process.pid}.csv`);
      for (const sql of [PASSWD, `COPY (SELECT 1) TO '${out}'`, `ATTACH '${out}.db'`, `SELECT * FROM read_csv('http://127.0.0.1:9/x.csv')`])
        expect(await refused(engine, sql)).toMatch(/Permission Error: Cannot access file .* file system operations are disabled by configuration/);
      expect(existsSync(out)).toBe(false);
      for (const sql of ['SET enable_external_access = true', 'SET lock_configuration = false', 'RESET enable_external_access'])
        expect(await refused(engine, sql)).toMatch(/the configuration has been locked/);
      const result = await runAudit(engine);
      expect(result.outcomes.filter((o) => o.status === 'failed')).toEqual([]);
    } finally {
      await engine.close();
    }
  }, 120_000);
});

describe("the worker's pipeline", () => {
  it('locks each dataset\'s engine, takes a second dataset in a new one, and keeps it when a third is refused', async () => {
    const engines: Engine[] = [];
    let current: Promise<Engine> = createWasmNodeEngine().then((e) => (engines.push(e), e));
    const session = createSession({
      engine: () => current,
      renewEngine: async () => {
        await (await current).close();
        return (current = createWasmNodeEngine().then((e) => (engines.push(e), e)));
      },
      fetch
    });
    const good = await goodWith();
    expect((await session.load({ kind: 'files', files: good })).accepted).toBe(true);
    await expect(session.query(PASSWD)).rejects.toThrow(/file system operations are disabled/);

    const fewer = await goodWith(textFile('people.csv', 'person_id,full_name\nP001,Nguyễn Văn A\nP002,Trần Thị B\nP003,Lê Văn C\nP004,Phạm Thị D\nP005,Hoàng Văn E\nP006,Vũ Thị G\n'));
    const second = await session.load({ kind: 'files', files: fewer });
    expect(second.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(second.accepted).toBe(true);
    expect(engines).toHaveLength(2);
    expect(await session.query(`SELECT full_name FROM people WHERE person_id = 'P001'`)).toEqual([{ full_name: 'Nguyễn Văn A' }]);
    await expect(session.query(`COPY people TO '${path.join(tmpdir(), 'soi-people.csv')}'`)).rejects.toThrow(/file system operations are disabled/);

    const broken = await session.load({ kind: 'files', files: await goodWith(textFile('people.csv', 'person_id,full_name\nP001,\n')) });
    expect(broken.accepted).toBe(false);
    expect(engines).toHaveLength(2);
    expect(await session.query(`SELECT full_name FROM people WHERE person_id = 'P001'`)).toEqual([{ full_name: 'Nguyễn Văn A' }]);
    await (await current).close();
  }, 180_000);
});
