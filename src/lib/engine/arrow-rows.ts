/** Arrow table (duckdb-wasm's result) → plain rows, normalised like every engine's (see normalize.ts). */
import { normalizeValue, setColumn, type ColumnKind } from './normalize';
import type { Row } from './types';

interface ArrowField {
  name: string;
  typeId: number;
  type: { scale?: number; toString(): string };
}
interface ArrowTableLike {
  schema: { fields: ArrowField[] };
  numRows: number;
  getChildAt(i: number): { get(i: number): unknown } | null;
}

// Arrow type ids (apache-arrow's Type enum): Int=2, Float=3, Utf8=5, Bool=6, Decimal=7, Date=8,
// Timestamp=10, List=12, LargeUtf8=20.
function kindOf(f: ArrowField): ColumnKind {
  switch (f.typeId) {
    case 2: return 'int';
    case 3: return 'float';
    case 5: case 20: return 'string';
    case 6: return 'bool';
    case 7: return 'decimal';
    case 8: return 'date';
    case 10: return 'timestamp';
    case 12: return 'list';
    default: return 'other';
  }
}

function decimalToNumber(v: unknown, scale: number): number | null {
  if (v === null || v === undefined) return null;
  return Number(String(v)) / 10 ** scale;
}

export function arrowToRows<T extends Row = Row>(table: ArrowTableLike): T[] {
  const fields = table.schema.fields;
  const cols = fields.map((f, i) => ({ name: f.name, kind: kindOf(f), scale: f.type.scale ?? 0, vec: table.getChildAt(i) }));
  const out: T[] = new Array(table.numRows);
  for (let r = 0; r < table.numRows; r++) {
    const row: Row = {};
    for (const c of cols) {
      const raw = c.vec ? c.vec.get(r) : null;
      const value =
        c.kind === 'decimal' ? decimalToNumber(raw, c.scale)
        : c.kind === 'list' && raw != null ? normalizeValue(Array.from((raw as { toArray(): ArrayLike<unknown> }).toArray()), 'list')
        : normalizeValue(raw, c.kind);
      setColumn(row, c.name, value);
    }
    out[r] = row as T;
  }
  return out;
}
