/**
 * The command line's soft heap ceiling (src/cli/heap-ceiling.ts): garbage piled past the slack is
 * collected at the next read, live data raises the ceiling instead of failing, and the bytes read
 * through the guard are the file's.
 */
import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { memoryByteSource } from '../../../src/lib/data/byte-source';
import { HeapCeiling } from '../../../src/cli/heap-ceiling';

const MB = 1 << 20;
const used = () => getHeapStatistics().used_heap_size;

/** About `mb` megabytes of short strings on the JavaScript heap. */
function strings(mb: number): string[] {
  return Array.from({ length: mb * 16 * 1024 }, (_, i) => `review ${i} ${'x'.repeat(40)}`);
}

describe('HeapCeiling', () => {
  it('collects the garbage piled up past the slack before the next read, and reads the same bytes', async () => {
    const ceiling = new HeapCeiling(32 * MB, 0);
    const source = ceiling.guard(memoryByteSource('reviews.csv', new TextEncoder().encode('person_id,year,text\nP1,2024,abc\n')));
    let garbage: string[] | null = strings(64);
    expect(garbage.length).toBeGreaterThan(0);
    garbage = null;
    const before = used();
    const bytes = await source.read(20, 33);
    expect(new TextDecoder().decode(bytes)).toBe('P1,2024,abc\n');
    expect(source.size).toBe(32);
    expect(ceiling.collections).toBe(1);
    expect(used()).toBeLessThan(before - 32 * MB);
  });

  it('moves up with live data instead of failing, and does not collect again until the heap grows past it', () => {
    const ceiling = new HeapCeiling(32 * MB, 0);
    const live = strings(64);
    ceiling.check();
    expect(ceiling.collections).toBe(1);
    ceiling.check();
    expect(ceiling.collections).toBe(1);
    expect(live.length).toBeGreaterThan(0);
  });
});
