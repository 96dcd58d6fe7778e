/**
 * `npm run audit-provinces`: each sub-folder a province, audited in a worker_thread of its own; the
 * list is each province's `npm run audit` list in turn under one header.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EXIT } from '../../../src/cli/audit';
import { auditProvincesCommand, poolSize, provincePeakMb } from '../../../src/cli/audit-provinces';
import { runCli, withTempDir } from './cli';

const SMALL = path.resolve('test/fixtures/rules/audit-small');
const BROKEN = path.resolve('test/fixtures/rules/audit-broken');

/** A folder of provinces: `all/<name>` a copy of each source folder. */
function provinces(dir: string, sources: Record<string, string>): string {
  for (const [name, source] of Object.entries(sources)) cpSync(source, path.join(dir, 'all', name), { recursive: true });
  return path.join(dir, 'all');
}

describe('npm run audit-provinces', () => {
  it('writes every province\'s audit list in turn under one header, with progress on stderr', withTempDir('provinces', async (dir) => {
    const folder = provinces(dir, { 'a-tinh': SMALL, 'b-tinh': SMALL });
    const one = path.join(dir, 'one.csv');
    expect((await runCli([SMALL, '--out', one])).code).toBe(EXIT.ok);
    const all = path.join(dir, 'all.csv');
    const { code, stderr } = await runCli([folder, '--out', all, '--workers', '2'], auditProvincesCommand);
    expect(code, stderr).toBe(EXIT.ok);
    const single = readFileSync(one, 'utf8');
    const rows = single.slice(single.indexOf('\r\n') + 2);
    expect(rows.split('\r\n').length).toBeGreaterThan(3);
    expect(readFileSync(all, 'utf8')).toBe(single + rows);
    expect(stderr).toContain('2 tỉnh / provinces, 2 luồng / workers');
    expect(stderr).toMatch(/\[a-tinh\] Tổng cộng \/ total: 4 cờ/);
    expect(stderr).toMatch(/Tiến độ \/ progress: 2\/2 tỉnh/);
  }), 300_000);

  it('writes nothing when one province has bad data, and names it', withTempDir('provinces', async (dir) => {
    const folder = provinces(dir, { 'a-tinh': SMALL, 'b-tinh': BROKEN });
    const all = path.join(dir, 'all.csv');
    const { code, stderr } = await runCli([folder, '--out', all], auditProvincesCommand);
    expect(code).toBe(EXIT.dataErrors);
    expect(stderr).toContain('b-tinh');
    expect(existsSync(all)).toBe(false);
  }), 300_000);

  it('runs as many provinces at once as cores and memory allow', () => {
    expect(poolSize(8, 64_000, 4_000, 63)).toBe(8);
    expect(poolSize(8, 10_000, 4_000, 63)).toBe(2);
    expect(poolSize(8, 1_000, 4_000, 63)).toBe(1);
    expect(poolSize(8, 64_000, 4_000, 3)).toBe(3);
    expect(provincePeakMb(3.2e9)).toBeGreaterThan(provincePeakMb(3.2e8));
  });
});
