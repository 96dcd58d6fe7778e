/**
 * Zip archives (a dataset's .zip, and the .xlsx and .docx that are zips inside) read within limits:
 * each entry is inflated a slice at a time and stopped as soon as it passes the limit on its size,
 * on the archive's total or on its compression ratio. A 2 MB zip that inflates to 2 GB is refused
 * after a few megabytes, never held in memory. Entry sizes are read from the central directory (a
 * zip's table of contents) and an entry that inflates past its declared size is refused too.
 */
import { Inflate } from 'fflate';

export interface ArchiveLimits {
  /** Largest inflated entry, bytes. */
  maxEntryBytes: number;
  /** Largest inflated archive (all entries), bytes. */
  maxTotalBytes: number;
  /** Largest inflated ÷ compressed size of an entry, once it passes RATIO_FLOOR_BYTES. */
  maxRatio: number;
}

const MIB = 1024 * 1024;
const GIB = 1024 * MIB;

/**
 * A province's reviews.csv is about 3.2 GB and compresses 5–10 times; a table that compresses more
 * than 100 times is a bomb, not a table. 4 GiB is also the most one typed array holds in Node.
 */
export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = { maxEntryBytes: 4 * GIB, maxTotalBytes: 8 * GIB, maxRatio: 100 };

/** Small entries may compress absurdly well (a file of blanks): the ratio counts beyond this. */
export const RATIO_FLOOR_BYTES = 1 * MIB;

/**
 * Compressed bytes handed to the inflater at a time: Deflate inflates at most ~1,032 times, so no
 * slice becomes more than ~17 MB before the limits are checked again.
 */
const SLICE = 16 * 1024;

/** 'damaged': not a readable zip; 'entry': one entry passed a limit; 'archive': the whole archive did. */
export type ArchiveErrorKind = 'damaged' | 'entry' | 'archive';

export class ArchiveError extends Error {
  constructor(
    readonly archive: string,
    readonly entry: string | undefined,
    message: string,
    readonly kind: ArchiveErrorKind = 'damaged'
  ) {
    super(message);
    this.name = 'ArchiveError';
  }
}

export interface ArchiveEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header. */
  offset: number;
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function formatBytes(n: number): string {
  return n >= GIB ? `${(n / GIB).toFixed(1)} GiB` : `${Math.round(n / MIB)} MiB`;
}

/** The central directory's entries (folders included). Throws ArchiveError when the zip is damaged. */
export function listEntries(bytes: Uint8Array, archive: string): ArchiveEntry[] {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fail = (what: string): never => {
    throw new ArchiveError(archive, undefined, `tệp zip hỏng: ${what} (damaged zip)`);
  };
  // The end record is in the last 22 + 65535 bytes (its comment may be that long).
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (dv.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) fail('không thấy mục lục (no end of central directory)');
  let count = dv.getUint16(end + 10, true);
  let cdOffset = dv.getUint32(end + 16, true);
  if ((count === 0xffff || cdOffset === 0xffffffff) && end >= 20 && dv.getUint32(end - 20, true) === EOCD64_LOCATOR) {
    const at = Number(dv.getBigUint64(end - 12, true));
    if (at + 56 > bytes.length || dv.getUint32(at, true) !== EOCD64) fail('mục lục ZIP64 (ZIP64 directory)');
    count = Number(dv.getBigUint64(at + 32, true));
    cdOffset = Number(dv.getBigUint64(at + 48, true));
  }
  const entries: ArchiveEntry[] = [];
  const decoder = new TextDecoder();
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || dv.getUint32(p, true) !== CENTRAL) fail('mục lục (central directory)');
    const flags = dv.getUint16(p + 8, true);
    const method = dv.getUint16(p + 10, true);
    let compressedSize = dv.getUint32(p + 20, true);
    let size = dv.getUint32(p + 24, true);
    const nameLength = dv.getUint16(p + 28, true);
    const extraLength = dv.getUint16(p + 30, true);
    const commentLength = dv.getUint16(p + 32, true);
    let offset = dv.getUint32(p + 42, true);
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLength);
    // Bit 11: the name is UTF-8; otherwise byte per character, as fflate reads it.
    const name = flags & 0x800 ? decoder.decode(nameBytes) : Array.from(nameBytes, (b) => String.fromCharCode(b)).join('');
    // ZIP64: sizes and offset that do not fit 32 bits are in extra field 1, in this order.
    for (let e = p + 46 + nameLength; e + 4 <= p + 46 + nameLength + extraLength; ) {
      const id = dv.getUint16(e, true);
      const len = dv.getUint16(e + 2, true);
      if (id === 1) {
        let f = e + 4;
        const next = () => {
          const v = f + 8 <= e + 4 + len ? Number(dv.getBigUint64(f, true)) : fail('ZIP64');
          f += 8;
          return v;
        };
        if (size === 0xffffffff) size = next();
        if (compressedSize === 0xffffffff) compressedSize = next();
        if (offset === 0xffffffff) offset = next();
      }
      e += 4 + len;
    }
    entries.push({ name, method, flags, compressedSize, size, offset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Keeps the running total of one archive against its limits. */
export class ArchiveBudget {
  private total = 0;
  readonly limits: ArchiveLimits;
  constructor(
    readonly archive: string,
    limits: Partial<ArchiveLimits> = {}
  ) {
    this.limits = { ...DEFAULT_ARCHIVE_LIMITS, ...limits };
  }

  /** Refuses an entry on what its directory record declares, before inflating anything. */
  admit(e: ArchiveEntry): void {
    const { maxEntryBytes, maxTotalBytes, maxRatio } = this.limits;
    if (e.size > maxEntryBytes)
      this.refuse(e.name, `giải nén ra ${formatBytes(e.size)}, quá giới hạn ${formatBytes(maxEntryBytes)} một tệp (inflates to more than the per-file limit)`, 'entry');
    if (this.total + e.size > maxTotalBytes)
      this.refuse(e.name, `cả tệp nén giải ra quá ${formatBytes(maxTotalBytes)} (the archive inflates to more than its limit)`, 'archive');
    if (e.size > RATIO_FLOOR_BYTES && e.size > maxRatio * Math.max(1, e.compressedSize))
      this.refuse(e.name, `tỷ lệ nén ${Math.round(e.size / Math.max(1, e.compressedSize))}:1, quá ${maxRatio}:1 — nghi bom nén (compression ratio above the limit: a zip bomb?)`, 'entry');
  }

  /** Counts `n` more inflated bytes of an entry; refuses the moment a limit is passed. */
  grow(e: ArchiveEntry, inflated: number, n: number): void {
    this.total += n;
    const { maxEntryBytes, maxTotalBytes, maxRatio } = this.limits;
    if (inflated > e.size) this.refuse(e.name, `giải nén ra nhiều hơn kích thước khai báo ${e.size} byte (inflates past its declared size)`, 'entry');
    if (inflated > maxEntryBytes) this.refuse(e.name, `giải nén ra quá ${formatBytes(maxEntryBytes)} (inflates past the per-file limit)`, 'entry');
    if (this.total > maxTotalBytes) this.refuse(e.name, `cả tệp nén giải ra quá ${formatBytes(maxTotalBytes)} (the archive inflates past its limit)`, 'archive');
    if (inflated > RATIO_FLOOR_BYTES && inflated > maxRatio * Math.max(1, e.compressedSize))
      this.refuse(e.name, `tỷ lệ nén quá ${maxRatio}:1 — nghi bom nén (compression ratio above the limit: a zip bomb?)`, 'entry');
  }

  refuse(entry: string, message: string, kind: ArchiveErrorKind = 'damaged'): never {
    throw new ArchiveError(this.archive, entry, message, kind);
  }
}

/**
 * One entry's bytes, inflated a slice at a time within the budget. `keep` false: inflated only to
 * be measured (an .xlsx or .docx is checked this way before its own reader unzips it).
 */
export function inflateEntry(bytes: Uint8Array, e: ArchiveEntry, budget: ArchiveBudget, keep = true): Uint8Array {
  budget.admit(e);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (e.offset + 30 > bytes.length || dv.getUint32(e.offset, true) !== LOCAL) budget.refuse(e.name, 'tệp zip hỏng ở mục này (damaged zip entry)');
  if (e.flags & 1) budget.refuse(e.name, 'mục được mã hóa bằng mật khẩu, không đọc được (encrypted entry)');
  const start = e.offset + 30 + dv.getUint16(e.offset + 26, true) + dv.getUint16(e.offset + 28, true);
  const data = bytes.subarray(start, start + e.compressedSize);
  if (data.length < e.compressedSize) budget.refuse(e.name, 'tệp zip bị cắt cụt (truncated zip)');
  if (e.method === 0) {
    budget.grow(e, data.length, data.length);
    return keep ? data : new Uint8Array(0);
  }
  if (e.method !== 8) budget.refuse(e.name, `kiểu nén ${e.method} không hỗ trợ, chỉ Deflate (unsupported compression method)`);
  const out = keep ? new Uint8Array(e.size) : null;
  let inflated = 0;
  const inflater = new Inflate((chunk) => {
    budget.grow(e, inflated + chunk.length, chunk.length);
    out?.set(chunk, inflated);
    inflated += chunk.length;
  });
  try {
    for (let at = 0; at < data.length; at += SLICE) inflater.push(data.subarray(at, Math.min(data.length, at + SLICE)), at + SLICE >= data.length);
    if (data.length === 0) inflater.push(data, true);
  } catch (err) {
    if (err instanceof ArchiveError) throw err;
    budget.refuse(e.name, `không giải nén được (cannot inflate): ${err instanceof Error ? err.message : String(err)}`);
  }
  if (inflated !== e.size) budget.refuse(e.name, `giải nén ra ${inflated} byte, khai báo ${e.size} (inflated size differs from the declared one)`);
  return out ?? new Uint8Array(0);
}

/** The files of a zip (folders skipped), each inflated within the limits. */
export function unzipWithin(bytes: Uint8Array, archive: string, limits: Partial<ArchiveLimits> = {}): { name: string; bytes: Uint8Array }[] {
  const budget = new ArchiveBudget(archive, limits);
  return listEntries(bytes, archive)
    .filter((e) => !e.name.endsWith('/'))
    .map((e) => ({ name: e.name, bytes: inflateEntry(bytes, e, budget) }));
}

/** Inflates every entry only to measure it: throws ArchiveError if the archive passes a limit. */
export function checkArchive(bytes: Uint8Array, archive: string, limits: Partial<ArchiveLimits> = {}): void {
  const budget = new ArchiveBudget(archive, limits);
  for (const e of listEntries(bytes, archive)) inflateEntry(bytes, e, budget, false);
}

/** An archive problem in the loader's words: "<archive>/<entry>: …". */
export function archiveMessage(err: ArchiveError): string {
  return err.entry ? `${err.entry}: ${err.message}` : err.message;
}
