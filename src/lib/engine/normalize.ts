/**
 * One value shape for every engine (see Engine.query): what DuckDB returns through Arrow (wasm)
 * or through node-api (native) is mapped to plain JSON-like values here, so parity holds.
 */
export type ColumnKind = 'int' | 'float' | 'decimal' | 'date' | 'timestamp' | 'bool' | 'string' | 'list' | 'other';

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** Days since 1970-01-01 or epoch milliseconds → 'YYYY-MM-DD' (UTC). */
export function isoDate(msOrDate: number | Date): string {
  const d = msOrDate instanceof Date ? msOrDate : new Date(msOrDate);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function normalizeValue(v: unknown, kind: ColumnKind): unknown {
  if (v === null || v === undefined) return null;
  switch (kind) {
    case 'int':
      return typeof v === 'bigint' ? Number(v) : Number(v);
    case 'float':
    case 'decimal':
      return typeof v === 'number' ? v : Number(v as never);
    case 'date':
      return isoDate(v instanceof Date ? v : Number(v));
    case 'timestamp':
      return (v instanceof Date ? v : new Date(Number(v))).toISOString();
    case 'bool':
      return Boolean(v);
    case 'string':
      return String(v);
    case 'list': {
      const arr = Array.isArray(v) ? v : Array.from(v as Iterable<unknown>);
      return arr.map((x) => (typeof x === 'bigint' ? Number(x) : x));
    }
    default:
      return typeof v === 'bigint' ? Number(v) : v;
  }
}

/**
 * Sets a result column on a row. A column may be named `__proto__` (any quoted identifier is a
 * valid name): plain assignment would replace the row's prototype and lose the value.
 */
export function setColumn(row: Record<string, unknown>, name: string, value: unknown): void {
  if (name === '__proto__') Object.defineProperty(row, name, { value, enumerable: true, writable: true, configurable: true });
  else row[name] = value;
}
