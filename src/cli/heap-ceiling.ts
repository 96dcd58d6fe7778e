/**
 * Node only: a soft ceiling on the JavaScript heap while a province's self-reviews are read and read
 * back. Texts read, shingled and dropped batch after batch outlive the young generation and pile up
 * as garbage: V8 lets the old generation grow to about three times what is live before it collects,
 * and that garbage, not live data, made the command line's peak. When the heap has grown by more
 * than `slack` past what the last full collection left, one is asked for. Unlike a hard
 * --max-old-space-size, nothing stops a dataset whose live data is larger: the ceiling moves up
 * with what is live.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { ByteSource } from '../lib/data/byte-source';

const MB = 1 << 20;

let collect: (() => void) | null = null;

/** V8's full collection, without --expose-gc on the command line. */
function fullCollection(): () => void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  return collect;
}

export class HeapCeiling {
  /** Full collections asked for, and the milliseconds they took. */
  collections = 0;
  ms = 0;
  private ceiling: number;

  /** Slack: at least `minSlack` bytes, or `share` of what is live when that is more. */
  constructor(
    private readonly minSlack = 256 * MB,
    private readonly share = 0.5
  ) {
    this.ceiling = this.next(getHeapStatistics().used_heap_size);
  }

  private next(live: number): number {
    return live + Math.max(this.minSlack, live * this.share);
  }

  /** Collects when the heap passed the ceiling; cheap otherwise (one look at the heap's size). */
  check(): void {
    if (getHeapStatistics().used_heap_size <= this.ceiling) return;
    const t0 = performance.now();
    fullCollection()();
    this.ms += performance.now() - t0;
    this.collections++;
    this.ceiling = this.next(getHeapStatistics().used_heap_size);
  }

  /** `source` with the ceiling checked before each read. */
  guard(source: ByteSource): ByteSource {
    return {
      name: source.name,
      get size() {
        return source.size;
      },
      read: (start, end) => {
        this.check();
        return source.read(start, end);
      }
    };
  }
}
