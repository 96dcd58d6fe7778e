/**
 * UTF-16 code units → string, a slice at a time: String.fromCharCode(...codes) passes every code
 * as an argument and overflows the call stack on a long word (~10^5 letters).
 */
const SLICE = 8192;

export function fromCharCodes(codes: Uint16Array, length = codes.length): string {
  if (length <= SLICE) return String.fromCharCode.apply(null, codes.subarray(0, length) as unknown as number[]);
  const parts: string[] = [];
  for (let at = 0; at < length; at += SLICE) parts.push(String.fromCharCode.apply(null, codes.subarray(at, Math.min(length, at + SLICE)) as unknown as number[]));
  return parts.join('');
}
