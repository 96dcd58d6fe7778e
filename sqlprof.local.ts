import { parseDataset, loadDataset } from './src/lib/data';
import { readDatasetFolder } from './src/lib/data/read-folder';
import { createEngine } from './src/bench/engines';
import { runAudit } from './src/lib/rules/run-audit';
import { sqlRuleIds } from './src/bench/cases/rules';
import { writeFileSync } from 'node:fs';
const [engineName, dir, out] = process.argv.slice(2);
const parsed = await parseDataset(await readDatasetFolder(dir));
const e = await createEngine(engineName as 'wasm' | 'native');
await loadDataset(e, parsed);
const ids = sqlRuleIds();
await runAudit(e, { only: ids as never });
const log: { rule: string; sql: string; ms: number[] }[] = [];
let current = '';
const q = e.query.bind(e);
let k = 0;
const byKey = new Map<string, { rule: string; sql: string; ms: number[] }>();
(e as any).query = async (sql: string) => {
  const t = performance.now();
  const r = await q(sql);
  const key = current + '|' + (k++);
  const ms = performance.now() - t;
  const ent = byKey.get(key) ?? { rule: current, sql: sql.replace(/\s+/g, ' ').slice(0, 160), ms: [] };
  ent.ms.push(ms); byKey.set(key, ent);
  return r;
};
for (let run = 0; run < 3; run++) {
  for (const id of ids) { current = id; k = 0; await runAudit(e, { only: [id] as never }); }
}
writeFileSync(out, JSON.stringify([...byKey.entries()]));
process.exit(0);
