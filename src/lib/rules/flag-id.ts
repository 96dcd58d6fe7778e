/**
 * flag_id: a stable hash of (rule, year, subject_type, subject_id): the same input gives the same id
 * on every run, machine and engine. 64-bit FNV-1a over the UTF-8 bytes, as 16 hex digits.
 */
export function flagId(rule: string, year: number, subjectType: string, subjectId: string): string {
  const bytes = new TextEncoder().encode(`${rule}|${year}|${subjectType}|${subjectId}`);
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (const b of bytes) h = ((h ^ BigInt(b)) * prime) & mask;
  return h.toString(16).padStart(16, '0');
}
