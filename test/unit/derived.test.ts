import { describe, expect, it } from 'vitest';
import { createWasmNodeEngine } from '../../src/lib/engine/wasm-node';
import { loadTable } from '../../src/lib/data/to-engine';
import { createDerivedTables } from '../../src/lib/data/derived';

describe('derived unit tables', () => {
  it('finds every ancestor and the nearest grassroots organisation', async () => {
    const e = await createWasmNodeEngine();
    await loadTable(e, 'units', [
      { unit_id: 'H', name: 'Huyện ủy', parent_id: null, kind: 'cap_tren' },
      { unit_id: 'G', name: 'Đảng bộ xã', parent_id: 'H', kind: 'co_so' },
      { unit_id: 'C1', name: 'Chi bộ thôn 1', parent_id: 'G', kind: 'chi_bo' },
      { unit_id: 'T', name: 'Ban Thường vụ', parent_id: 'H', kind: 'tap_the' }
    ]);
    await createDerivedTables(e);
    expect(await e.query('SELECT * FROM unit_grassroots ORDER BY unit_id')).toEqual([
      { unit_id: 'C1', co_so_id: 'G' },
      { unit_id: 'G', co_so_id: 'G' },
      { unit_id: 'H', co_so_id: null },
      { unit_id: 'T', co_so_id: null }
    ]);
    expect(await e.query("SELECT ancestor_id, depth FROM unit_ancestors WHERE unit_id = 'C1' ORDER BY depth")).toEqual([
      { ancestor_id: 'C1', depth: 0 },
      { ancestor_id: 'G', depth: 1 },
      { ancestor_id: 'H', depth: 2 }
    ]);
    await e.close();
  });
});
