/**
 * All decisions as one JSON file (docs/decisions-format.md), so that inspectors can hand their
 * work to each other and merge it. Writing is deterministic (same decisions → same bytes, apart
 * from exported_at); reading checks everything and names each problem by its place in the file.
 */
import { flagId } from '../rules/flag-id';
import { RULE_IDS, type RuleId } from '../domain/rule-ids';
import { cleanText, compareEntries, entryKey, entryState, isIsoTime, OPEN_STATE, stateKey } from './decision';
import { isDecisionStatus, isDismissReason, type Decision, type DecisionState, type FlagRef, type HistoryEntry } from './types';

export const DECISIONS_FORMAT = 'soi-decisions';
/** Version 2 added optional entry fields (reason, facts, kind, attachments, source) and workspace_name; version 1 files are read as they are. */
export const DECISIONS_VERSION = 2;
const READABLE_VERSIONS: readonly number[] = [1, 2];

export interface DecisionsFileMeta {
  exported_at: string;
  /** Who exported the file (the reviewer's name), if known. */
  exported_by: string | null;
  /** The dataset the decisions belong to (the review store's workspace), if known. */
  workspace: string | null;
  /** What the user called that dataset, if known. */
  workspace_name: string | null;
}

export interface DecisionsFile extends DecisionsFileMeta {
  format: typeof DECISIONS_FORMAT;
  version: number;
  decisions: Decision[];
}

export class DecisionsFileError extends Error {
  constructor(readonly problems: string[]) {
    super(`Tệp quyết định không hợp lệ (invalid decisions file):\n${problems.slice(0, 20).join('\n')}${problems.length > 20 ? `\n… (+${problems.length - 20})` : ''}`);
    this.name = 'DecisionsFileError';
  }
}

function compareStates(a: DecisionState, b: DecisionState): number {
  const ka = stateKey(a);
  const kb = stateKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** One record with its keys in the documented order, history and conflicts sorted. */
function canonical(d: Decision): Decision {
  const { flag_id, rule, year, subject_type, subject_id, unit_id } = d.flag;
  return {
    flag_id: d.flag_id,
    flag: { flag_id, rule, year, subject_type, subject_id, unit_id },
    status: d.status,
    note: d.note,
    decided_by: d.decided_by,
    decided_at: d.decided_at,
    history: [...d.history]
      .sort(compareEntries)
      .map((e) => ({
        at: e.at,
        by: e.by,
        from: e.from,
        to: e.to,
        note: e.note,
        ...(e.resolves?.length ? { resolves: [...e.resolves].sort() } : {}),
        ...(e.reason ? { reason: e.reason } : {}),
        ...(e.facts ? { facts: e.facts } : {}),
        ...(e.kind ? { kind: e.kind } : {}),
        ...(e.attachments ? { attachments: e.attachments } : {}),
        ...(e.source ? { source: e.source } : {})
      })),
    conflicts: d.conflicts
      .map((c) => ({ status: c.status, note: c.note, decided_by: c.decided_by, decided_at: c.decided_at }))
      .sort(compareStates)
  };
}

export function decisionsToJson(decisions: Iterable<Decision>, meta: Partial<DecisionsFileMeta> & { exported_at: string }): string {
  const file: DecisionsFile = {
    format: DECISIONS_FORMAT,
    version: DECISIONS_VERSION,
    exported_at: meta.exported_at,
    exported_by: meta.exported_by ?? null,
    workspace: meta.workspace ?? null,
    workspace_name: meta.workspace_name ?? null,
    decisions: [...decisions].map(canonical).sort((a, b) => (a.flag_id < b.flag_id ? -1 : a.flag_id > b.flag_id ? 1 : 0))
  };
  return JSON.stringify(file, null, 2) + '\n';
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What a decisions file may hold: a file is read whole into memory and every record is kept, so a
 * file from elsewhere is bounded before it is parsed. A province's audit list has ~44,000 flags.
 */
export const DECISIONS_LIMITS = {
  /** Characters of the whole file (about as many bytes). */
  fileChars: 64 * 1024 * 1024,
  decisions: 200_000,
  /** History entries of one decision. */
  history: 1_000,
  /** Characters of a note or a name. */
  text: 10_000,
  /** Problems listed; the rest are counted. */
  problems: 1_000
} as const;

/** A time may be ahead of this machine's clock by this much (another machine's clock, a time zone mistake): beyond, it is in the future. */
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

/** Reads the fields of one file, collecting problems instead of stopping at the first. */
class Reader {
  problems: string[] = [];
  /** Every problem found, listed or not. */
  count = 0;
  constructor(readonly now: number) {}
  fail(at: string, what: string): undefined {
    if (this.count++ < DECISIONS_LIMITS.problems) this.problems.push(`${at}: ${what}`);
    return undefined;
  }
  /** The problems, with a last line counting those not listed. */
  report(): string[] {
    const more = this.count - this.problems.length;
    return more > 0 ? [...this.problems, `… và ${more} lỗi khác (and ${more} more)`] : this.problems;
  }
  text(o: Obj, key: string, at: string, opts: { empty?: boolean } = {}): string | undefined {
    const v = o[key];
    if (typeof v !== 'string') return this.fail(`${at}.${key}`, 'cần chuỗi (string expected)');
    if (v.length > DECISIONS_LIMITS.text) return this.fail(`${at}.${key}`, `dài ${v.length} ký tự, quá ${DECISIONS_LIMITS.text} (longer than ${DECISIONS_LIMITS.text} characters)`);
    const s = cleanText(v);
    if (!s && !opts.empty) return this.fail(`${at}.${key}`, 'không được để trống (must not be empty)');
    return s;
  }
  time(o: Obj, key: string, at: string): string | undefined {
    const v = o[key];
    if (!isIsoTime(v)) return this.fail(`${at}.${key}`, `cần thời điểm ISO 8601 UTC có thật, như 2024-12-10T08:00:00.000Z (a real ISO 8601 UTC time expected): ${JSON.stringify(v)?.slice(0, 80)}`);
    if (Date.parse(v) > this.now + CLOCK_SKEW_MS) return this.fail(`${at}.${key}`, `thời điểm trong tương lai (a time in the future): ${v}`);
    return v;
  }
  status(o: Obj, key: string, at: string) {
    return isDecisionStatus(o[key]) ? o[key] : this.fail(`${at}.${key}`, `trạng thái không hợp lệ (invalid status): ${JSON.stringify(o[key])}`);
  }
}

function readState(r: Reader, o: unknown, at: string): DecisionState | undefined {
  if (!isObj(o)) return r.fail(at, 'cần đối tượng (object expected)');
  const status = r.status(o, 'status', at);
  const note = r.text(o, 'note', at, { empty: true });
  // A flag nobody decided whose history holds only explanations: open, nobody, never.
  if (status === 'open' && note === '' && o.decided_by === '' && o.decided_at === '') return { ...OPEN_STATE };
  const decided_by = r.text(o, 'decided_by', at);
  const decided_at = r.time(o, 'decided_at', at);
  if (status === undefined || note === undefined || decided_by === undefined || decided_at === undefined) return undefined;
  return { status, note, decided_by, decided_at };
}

function readEntry(r: Reader, o: unknown, at: string): HistoryEntry | undefined {
  if (!isObj(o)) return r.fail(at, 'cần đối tượng (object expected)');
  const when = r.time(o, 'at', at);
  const by = r.text(o, 'by', at);
  const from = r.status(o, 'from', at);
  const to = r.status(o, 'to', at);
  const note = r.text(o, 'note', at, { empty: true });
  let resolves: string[] | undefined;
  if (o.resolves !== undefined) {
    if (!Array.isArray(o.resolves) || !o.resolves.every((k) => typeof k === 'string')) return r.fail(`${at}.resolves`, 'cần danh sách chuỗi (list of strings expected)');
    resolves = o.resolves as string[];
  }
  const optionalText = (key: 'facts' | 'attachments' | 'source'): string | undefined => {
    if (o[key] === undefined) return undefined;
    return typeof o[key] === 'string' ? cleanText(o[key]) || undefined : r.fail(`${at}.${key}`, 'cần chuỗi (string expected)');
  };
  if (o.reason !== undefined && !isDismissReason(o.reason)) r.fail(`${at}.reason`, `lý do không hợp lệ (invalid dismissal reason): ${JSON.stringify(o.reason)}`);
  if (o.kind !== undefined && o.kind !== 'facts_changed' && o.kind !== 'explanation') r.fail(`${at}.kind`, `loại mục không hợp lệ (invalid entry kind): ${JSON.stringify(o.kind)}`);
  const facts = optionalText('facts');
  const attachments = optionalText('attachments');
  const source = optionalText('source');
  if (when === undefined || by === undefined || from === undefined || to === undefined || note === undefined) return undefined;
  return {
    at: when,
    by,
    from,
    to,
    note,
    ...(resolves?.length ? { resolves } : {}),
    ...(isDismissReason(o.reason) ? { reason: o.reason } : {}),
    ...(facts ? { facts } : {}),
    ...(o.kind === 'facts_changed' || o.kind === 'explanation' ? { kind: o.kind } : {}),
    ...(attachments ? { attachments } : {}),
    ...(source ? { source } : {})
  };
}

function readFlagRef(r: Reader, o: unknown, flag_id: string, at: string): FlagRef | undefined {
  if (!isObj(o)) return r.fail(at, 'cần đối tượng (object expected)');
  const rule = r.text(o, 'rule', at);
  if (rule !== undefined && !(RULE_IDS as readonly string[]).includes(rule)) r.fail(`${at}.rule`, `không có nội dung rà soát này (unknown rule id): ${JSON.stringify(rule.slice(0, 80))}`);
  const subject_type = o.subject_type;
  const subject_id = r.text(o, 'subject_id', at);
  const year = o.year;
  const unit_id = o.unit_id;
  const lastYear = new Date(r.now).getUTCFullYear();
  if (!Number.isInteger(year) || (year as number) < 1990 || (year as number) > lastYear)
    r.fail(`${at}.year`, `cần năm đánh giá từ 1990 đến ${lastYear} (a rating year 1990–${lastYear} expected): ${JSON.stringify(year)}`);
  if (subject_type !== 'person' && subject_type !== 'unit' && subject_type !== 'group') r.fail(`${at}.subject_type`, `cần person, unit hoặc group: ${JSON.stringify(subject_type)}`);
  if (unit_id !== null && typeof unit_id !== 'string') r.fail(`${at}.unit_id`, 'cần chuỗi hoặc null (string or null expected)');
  if (rule === undefined || !(RULE_IDS as readonly string[]).includes(rule) || subject_id === undefined || !Number.isInteger(year) || (subject_type !== 'person' && subject_type !== 'unit' && subject_type !== 'group')) return undefined;
  // flag_id is a hash of the rest: a mismatch means the record was edited or damaged.
  if (flagId(rule, year as number, subject_type, subject_id) !== flag_id) return r.fail(at, `không khớp flag_id ${flag_id} (does not hash to its flag_id)`);
  return { flag_id, rule: rule as RuleId, year: year as number, subject_type, subject_id, unit_id: (unit_id as string | null) ?? null };
}

function readDecision(r: Reader, o: unknown, at: string): Decision | undefined {
  if (!isObj(o)) return r.fail(at, 'cần đối tượng (object expected)');
  const before = r.count;
  if (Array.isArray(o.history) && o.history.length > DECISIONS_LIMITS.history)
    return r.fail(`${at}.history`, `${o.history.length} mục, quá ${DECISIONS_LIMITS.history} (more than ${DECISIONS_LIMITS.history} entries)`);
  const flag_id = typeof o.flag_id === 'string' && /^[0-9a-f]{16}$/.test(o.flag_id) ? o.flag_id : r.fail(`${at}.flag_id`, 'cần 16 chữ số hex (16 hex digits expected)');
  const flag = flag_id === undefined ? undefined : readFlagRef(r, o.flag, flag_id, `${at}.flag`);
  const state = readState(r, o, at);
  const history = Array.isArray(o.history) ? o.history.map((e, i) => readEntry(r, e, `${at}.history[${i}]`)) : [r.fail(`${at}.history`, 'cần danh sách (list expected)')];
  const conflicts = Array.isArray(o.conflicts) ? o.conflicts.map((c, i) => readState(r, c, `${at}.conflicts[${i}]`)) : [r.fail(`${at}.conflicts`, 'cần danh sách (list expected)')];
  if (r.count > before || !flag || !state) return undefined;
  const entries = history as HistoryEntry[];
  if (!entries.length) return r.fail(`${at}.history`, 'lịch sử trống (empty history)');
  if (new Set(entries.map(entryKey)).size !== entries.length) return r.fail(`${at}.history`, 'mục lặp lại (duplicate entry)');
  // Every decision, current or in conflict, was made by some entry of the history.
  const made = new Set(entries.map((e) => stateKey(entryState(e))));
  made.add(stateKey(OPEN_STATE)); // never decided: only explanations in the history
  for (const [i, s] of [state, ...(conflicts as DecisionState[])].entries()) {
    if (!made.has(stateKey(s))) r.fail(i === 0 ? at : `${at}.conflicts[${i - 1}]`, 'quyết định không có trong lịch sử (decision not found in its history)');
  }
  if (r.count > before) return undefined;
  return { flag_id: flag_id as string, flag, ...state, history: [...entries].sort(compareEntries), conflicts: conflicts as DecisionState[] };
}

/** Parses and checks a decisions file; throws DecisionsFileError listing every problem. `now`: the clock times are checked against. */
export function parseDecisionsJson(text: string, now = Date.now()): { meta: DecisionsFileMeta; decisions: Decision[] } {
  if (text.length > DECISIONS_LIMITS.fileChars)
    throw new DecisionsFileError([`tệp quá lớn: ${text.length} ký tự, giới hạn ${DECISIONS_LIMITS.fileChars} (file too large)`]);
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new DecisionsFileError([`không đọc được JSON (not JSON): ${err instanceof Error ? err.message : String(err)}`]);
  }
  if (!isObj(raw) || raw.format !== DECISIONS_FORMAT) throw new DecisionsFileError([`không phải tệp quyết định của Soi (format is not "${DECISIONS_FORMAT}")`]);
  if (typeof raw.version !== 'number' || !READABLE_VERSIONS.includes(raw.version)) {
    throw new DecisionsFileError([`phiên bản ${JSON.stringify(raw.version)} không được hỗ trợ, cần ${DECISIONS_VERSION} (unsupported version)`]);
  }
  const file: Obj = raw;
  const r = new Reader(now);
  const optional = (key: string): string | null => {
    const v = file[key];
    if (v === null || v === undefined) return null;
    if (typeof v !== 'string') return r.fail(`$.${key}`, 'cần chuỗi hoặc null (string or null expected)') ?? null;
    return cleanText(v) || null;
  };
  const meta = { exported_at: r.time(file, 'exported_at', '$') ?? '', exported_by: optional('exported_by'), workspace: optional('workspace'), workspace_name: optional('workspace_name') };
  if (!Array.isArray(file.decisions)) throw new DecisionsFileError([...r.report(), '$.decisions: cần danh sách (list expected)']);
  if (file.decisions.length > DECISIONS_LIMITS.decisions)
    throw new DecisionsFileError([`$.decisions: ${file.decisions.length} quyết định, quá ${DECISIONS_LIMITS.decisions} (more than ${DECISIONS_LIMITS.decisions} decisions)`]);
  const decisions: Decision[] = [];
  const seen = new Set<string>();
  file.decisions.forEach((o, i) => {
    const d = readDecision(r, o, `$.decisions[${i}]`);
    if (!d) return;
    if (seen.has(d.flag_id)) r.fail(`$.decisions[${i}].flag_id`, `lặp lại (duplicate): ${d.flag_id}`);
    seen.add(d.flag_id);
    decisions.push(d);
  });
  if (r.count) throw new DecisionsFileError(r.report());
  return { meta, decisions };
}
