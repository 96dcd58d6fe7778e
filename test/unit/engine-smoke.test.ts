import { describe, expect, it } from 'vitest';
import { createWasmNodeEngine } from '../../src/lib/engine/wasm-node';
import { createNativeEngine } from '../../src/lib/engine/native';
import { loadTable } from '../../src/lib/data/to-engine';

describe.each([['wasm', createWasmNodeEngine], ['native', createNativeEngine]] as const)('%s engine', (_name, make) => {
  it('loads canonical rows and reads them back typed', async () => {
    const e = await make();
    await loadTable(e, 'units', [
      { unit_id: 'U1', name: 'Đảng bộ "Phường" 1', parent_id: null, kind: 'co_so' },
      { unit_id: 'U2', name: 'Chi bộ, số 2', parent_id: 'U1', kind: 'chi_bo' }
    ]);
    const rows = await e.query('SELECT * FROM units ORDER BY unit_id');
    // Absent columns load as NULL (a version-1 unit: one placement, valid in every year).
    expect(rows).toEqual([
      { unit_id: 'U1', name: 'Đảng bộ "Phường" 1', parent_id: null, kind: 'co_so', valid_from: null, valid_to: null },
      { unit_id: 'U2', name: 'Chi bộ, số 2', parent_id: 'U1', kind: 'chi_bo', valid_from: null, valid_to: null }
    ]);
    expect(await e.tables()).toEqual(['units']);
    await e.close();
  });
});
