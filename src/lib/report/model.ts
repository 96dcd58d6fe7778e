/**
 * The official report of a committee's case work, as one pure model that two renderers draw: the
 * .docx (docx.ts) and the on-page preview (ReportPreview.svelte). Laid out as a Party document
 * (docs/decisions-format.md "The official report"): letterhead, number, place and date, title, the
 * scope of the review, summaries by check, unit and year, the outcomes of the cases decided, the
 * open ones, the list of flags as an appendix, the signature and the recipients. The words of the
 * statuses and reasons are the decisions page's (STATUS_LABELS, DISMISS_REASON_LABELS).
 */
import { RULE_IDS, RULE_TITLES, type RuleId, type Severity } from '../domain/rule-ids';
import type { ParamOverrides } from '../rules/config';
import { ruleById } from '../rules/registry';
import type { Flag, ParamValue, RuleOutcome } from '../rules/types';
import { decidingEntry } from '../review/decision';
import { groupCases, type Case } from '../review/cases';
import { factsChanged } from '../review/entries';
import type { ListQuery } from '../review/filter';
import { DECISION_STATUSES, DISMISS_REASONS, DISMISS_REASON_LABELS, STATUS_LABELS, type Decision, type DecisionStatus, type DismissReason } from '../review/types';
import { SEVERITY_VI, viStamp } from '../export/flags-vi';
import { unitOf } from '../export/unit-lists';
import type { ReportHeader } from './header';
import { BLANK, documentFrame, vnDay, type DocumentFrame } from './frame';

export type Cell = string | number;

export interface ReportTable {
  columns: string[];
  rows: Cell[][];
  /** A last row set apart (the totals). */
  total?: Cell[];
  /** Relative column widths (the .docx needs them; the preview lets the browser decide). */
  widths: number[];
}

export type Block = { kind: 'paragraph'; text: string; italic?: boolean } | { kind: 'table'; caption: string; table: ReportTable };

export interface Section {
  heading: string;
  blocks: Block[];
}

export interface ReportModel extends DocumentFrame {
  title: string;
  subtitle: string;
  sections: Section[];
  appendix: { heading: string; subtitle: string; table: ReportTable; note: string };
  /** The figures the text states, for the page and the tests. */
  totals: {
    flags: number;
    /** Flags of the whole audit, before the list's filters. */
    audited: number;
    byStatus: Record<DecisionStatus, number>;
    byReason: Partial<Record<DismissReason, number>>;
    /** Cases of two flags or more among the flags reported. */
    cases: number;
    factsChanged: number;
    conflicts: number;
  };
}

export interface ReportInput {
  /** The audit list as filtered on the page, in its order. */
  flags: readonly Flag[];
  /** The whole audit list (the years and units it covers, the flags before filtering). */
  allFlags: readonly Flag[];
  decisions: ReadonlyMap<string, Decision>;
  names: ReadonlyMap<string, string>;
  outcomes: readonly RuleOutcome[];
  /** The parameter overrides the audit ran with (each rule's defaults fill the rest). */
  params: ParamOverrides;
  filters: ListQuery;
  /** The dataset's workspace name. */
  workspace: string;
  header: ReportHeader;
  /** When the report is made (its date is Vietnam's day at that time). */
  at: Date;
  /** The most flags the appendix lists (default APPENDIX_MAX). */
  appendixMax?: number;
}

/**
 * The appendix lists at most this many flags: Word tables of tens of thousands of rows take minutes
 * to write in the browser (10,000 rows: about 2 minutes on the project's loaded 2-core machine) and
 * are read by nobody; beyond it the appendix says where the whole list is (the Excel export).
 */
export const APPENDIX_MAX = 2_000;

const nameOf = (names: ReadonlyMap<string, string>, id: string) => (names.get(id) ? `${names.get(id)} (${id})` : id);

function yearSpan(years: readonly number[]): string {
  if (!years.length) return '';
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return lo === hi ? `năm ${lo}` : `các năm ${lo}–${hi}`;
}

function count<K>(items: Iterable<K>): Map<K, number> {
  const m = new Map<K, number>();
  for (const k of items) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

const fmt = new Intl.NumberFormat('vi-VN');

function paramValue(v: ParamValue): string {
  // A year stays 2023 (not 2.023); a fraction takes the decimal comma.
  if (typeof v === 'number') return String(v).replace('.', ',');
  if (typeof v === 'boolean') return v ? 'có' : 'không';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

/** A check's parameters in words: "label: value", a changed value marked. */
function paramsLine(rule: RuleId, overrides: ParamOverrides): string {
  const r = ruleById(rule);
  if (!r) return '';
  const changed = overrides[rule] ?? {};
  return Object.entries({ ...r.defaults, ...changed })
    .map(([name, value]) => {
      // The Settings page's label, without the example value some labels end with.
      const label = r.paramSpec?.[name]?.vi.replace(/:\s*\{.*$/, '').trim() || name;
      return `${label}: ${paramValue(value)}${name in changed ? ' (đã điều chỉnh)' : ''}`;
    })
    .join('; ');
}

/** The list's filters in words; [] when the list is the whole audit. */
function filtersInWords(q: ListQuery, names: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  if (q.rule) out.push(`nội dung rà soát “${RULE_TITLES[q.rule].vi}”`);
  if (q.severity) out.push(`mức độ ${SEVERITY_VI[q.severity]}`);
  if (q.yearFrom !== null || q.yearTo !== null) out.push(`năm ${q.yearFrom ?? '…'}–${q.yearTo ?? '…'}`);
  if (q.unit) out.push(`thuộc ${nameOf(names, q.unit)}`);
  if (q.status) out.push(`trạng thái “${STATUS_LABELS[q.status].vi}”`);
  if (q.q.trim()) out.push(`tìm “${q.q.trim()}”`);
  return out;
}

function caseLabel(c: Case): string {
  return c.kind === 'decision' ? `Quyết định ${c.refs.join(', ')}` : `Bản kiểm điểm ${c.refs.join(' – ')}`;
}

export function buildReport(input: ReportInput): ReportModel {
  const { flags, decisions, names, header } = input;
  const appendixMax = input.appendixMax ?? APPENDIX_MAX;
  const statusOf = (f: Flag): DecisionStatus => decisions.get(f.flag_id)?.status ?? 'open';
  const cases = groupCases(flags);
  const caseIds = new Set([...cases.values()].map((c) => c.id));
  const byStatus = Object.fromEntries(DECISION_STATUSES.map((s) => [s, 0])) as Record<DecisionStatus, number>;
  for (const f of flags) byStatus[statusOf(f)]++;
  const reasons = count(flags.flatMap((f) => {
    const d = decisions.get(f.flag_id);
    const r = d?.status === 'dismissed' ? decidingEntry(d)?.reason : undefined;
    return r ? [r] : [];
  }));
  const changed = flags.filter((f) => factsChanged(decisions.get(f.flag_id))).length;
  const conflicts = flags.filter((f) => (decisions.get(f.flag_id)?.conflicts.length ?? 0) > 0).length;
  const total = flags.length;
  const allYears = [...new Set(input.allFlags.map((f) => f.year))];
  const years = input.filters.yearFrom !== null || input.filters.yearTo !== null ? [...new Set(flags.map((f) => f.year))] : allYears;
  const span = yearSpan(years.length ? years : allYears);

  // I. Scope
  const filters = filtersInWords(input.filters, names);
  const ran = input.outcomes.filter((o) => o.status === 'ran');
  const scope: Block[] = [
    { kind: 'paragraph', text: `Bộ dữ liệu: ${input.workspace || BLANK}.` },
    { kind: 'paragraph', text: `Thời gian: kết quả kiểm điểm, đánh giá, xếp loại chất lượng ${span || BLANK}.` },
    {
      kind: 'paragraph',
      text: input.filters.unit
        ? `Phạm vi tổ chức: ${nameOf(names, input.filters.unit)} và các tổ chức đảng trực thuộc.`
        : `Phạm vi tổ chức: toàn bộ các tổ chức đảng trong bộ dữ liệu.`
    },
    {
      kind: 'paragraph',
      text: filters.length ? `Danh sách báo cáo gồm các cảnh báo lọc theo: ${filters.join('; ')}.` : 'Danh sách báo cáo gồm toàn bộ các cảnh báo của lần rà soát.'
    },
    {
      kind: 'table',
      caption: `Các nội dung rà soát đã thực hiện (${ran.length}/${input.outcomes.length}) và tham số`,
      table: {
        columns: ['STT', 'Nội dung rà soát', 'Tham số', 'Kết quả'],
        widths: [6, 30, 44, 20],
        rows: input.outcomes.map((o, i) => [
          i + 1,
          RULE_TITLES[o.rule]?.vi ?? o.rule,
          o.status === 'ran' ? paramsLine(o.rule, input.params) || '—' : '—',
          o.status === 'ran' ? `${fmt.format(o.flags)} cảnh báo` : o.status === 'skipped' ? `Không thực hiện: ${o.reason}` : `Lỗi: ${o.error}`
        ])
      }
    },
    {
      kind: 'paragraph',
      italic: true,
      text: 'Cảnh báo là dấu hiệu cần xem xét, được phát hiện tự động từ số liệu; cảnh báo chưa phải là kết luận vi phạm.'
    }
  ];

  // II. Summaries
  const byRule = new Map<RuleId, Record<Severity, number>>();
  for (const f of flags) {
    const row = byRule.get(f.rule) ?? { high: 0, medium: 0, low: 0 };
    row[f.severity]++;
    byRule.set(f.rule, row);
  }
  const ruleRows = RULE_IDS.filter((r) => byRule.has(r)).map((r, i) => {
    const s = byRule.get(r)!;
    return [i + 1, RULE_TITLES[r].vi, s.high, s.medium, s.low, s.high + s.medium + s.low];
  });
  const sev = (k: Severity) => flags.filter((f) => f.severity === k).length;
  const units = new Map<string, Flag[]>();
  for (const f of flags) units.set(unitOf(f), [...(units.get(unitOf(f)) ?? []), f]);
  const unitRows = [...units.entries()]
    .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([id, fs], i) => {
      const open = fs.filter((f) => statusOf(f) === 'open').length;
      return [i + 1, id ? nameOf(names, id) : 'Chưa rõ đơn vị', fs.length, fs.length - open, open];
    });
  const perYear = count(flags.map((f) => f.year));
  const yearRows = [...perYear.entries()].sort((a, b) => a[0] - b[0]).map(([y, n]) => [y, n, flags.filter((f) => f.year === y && statusOf(f) !== 'open').length]);
  const decidedCount = total - byStatus.open;
  const summary: Block[] = [
    {
      kind: 'paragraph',
      text: `Tổng số cảnh báo trong danh sách: ${fmt.format(total)}${total !== input.allFlags.length ? ` (trong tổng số ${fmt.format(input.allFlags.length)} cảnh báo của lần rà soát)` : ''}; ${fmt.format(units.size)} tổ chức có cảnh báo; ${fmt.format(caseIds.size)} vụ việc gồm nhiều cảnh báo (cùng một quyết định kỷ luật hoặc cùng một cặp bản kiểm điểm giống nhau).`
    },
    {
      kind: 'table',
      caption: 'Biểu 1. Cảnh báo theo nội dung rà soát và mức độ',
      table: { columns: ['STT', 'Nội dung rà soát', 'Cao', 'Trung bình', 'Thấp', 'Tổng'], widths: [6, 46, 12, 12, 12, 12], rows: ruleRows, total: ['', 'Tổng cộng', sev('high'), sev('medium'), sev('low'), total] }
    },
    {
      kind: 'table',
      caption: 'Biểu 2. Cảnh báo theo tổ chức',
      table: { columns: ['STT', 'Tổ chức', 'Số cảnh báo', 'Đã xem xét', 'Chưa xem xét'], widths: [6, 52, 14, 14, 14], rows: unitRows, total: ['', 'Tổng cộng', total, decidedCount, byStatus.open] }
    },
    {
      kind: 'table',
      caption: 'Biểu 3. Cảnh báo theo năm',
      table: { columns: ['Năm', 'Số cảnh báo', 'Đã xem xét'], widths: [30, 35, 35], rows: yearRows, total: ['Tổng cộng', total, decidedCount] }
    }
  ];

  // III. Cases decided
  const decided = flags.filter((f) => statusOf(f) !== 'open');
  // The flags of one case together, in the order their first flag comes.
  const order = new Map<string, number>();
  decided.forEach((f, i) => {
    const key = cases.get(f.flag_id)?.id ?? f.flag_id;
    if (!order.has(key)) order.set(key, i);
  });
  const keyOf = (f: Flag) => order.get(cases.get(f.flag_id)?.id ?? f.flag_id)!;
  const decidedRows = [...decided]
    .sort((a, b) => keyOf(a) - keyOf(b) || decided.indexOf(a) - decided.indexOf(b))
    .map((f, i) => {
      const d = decisions.get(f.flag_id)!;
      const reason = d.status === 'dismissed' ? decidingEntry(d)?.reason : undefined;
      const c = cases.get(f.flag_id);
      return [
        i + 1,
        nameOf(names, f.subject_id),
        `${RULE_TITLES[f.rule]?.vi ?? f.rule}, ${f.year}`,
        c ? caseLabel(c) : '',
        STATUS_LABELS[d.status].vi,
        [reason ? DISMISS_REASON_LABELS[reason].vi : '', d.note].filter(Boolean).join('. '),
        [d.decided_by, viStamp(d.decided_at).slice(0, 10)].filter(Boolean).join(', ')
      ];
    });
  const outcomes: Block[] = [
    {
      kind: 'paragraph',
      text: `Đã xem xét ${fmt.format(decidedCount)}/${fmt.format(total)} cảnh báo: ${DECISION_STATUSES.filter((s) => s !== 'open')
        .map((s) => `${STATUS_LABELS[s].vi}: ${fmt.format(byStatus[s])}`)
        .join('; ')}.`
    },
    {
      kind: 'table',
      caption: 'Biểu 4. Kết quả xem xét',
      table: {
        columns: ['Kết quả xem xét', 'Số cảnh báo'],
        widths: [70, 30],
        rows: DECISION_STATUSES.map((s) => [STATUS_LABELS[s].vi, byStatus[s]]),
        total: ['Tổng cộng', total]
      }
    }
  ];
  if (reasons.size)
    outcomes.push({
      kind: 'table',
      caption: `Biểu 5. Lý do “${STATUS_LABELS.dismissed.vi}”`,
      table: { columns: ['Lý do', 'Số cảnh báo'], widths: [70, 30], rows: DISMISS_REASONS.filter((r) => reasons.has(r)).map((r) => [DISMISS_REASON_LABELS[r].vi, reasons.get(r)!]) }
    });
  outcomes.push(
    decidedRows.length
      ? {
          kind: 'table',
          caption: 'Biểu 6. Các cảnh báo đã xem xét (cảnh báo của cùng một vụ việc xếp liền nhau)',
          table: { columns: ['STT', 'Đối tượng', 'Nội dung rà soát, năm', 'Vụ việc', 'Kết quả xem xét', 'Lý do, ghi chú', 'Người xem xét, ngày'], widths: [5, 17, 20, 14, 15, 17, 12], rows: decidedRows }
        }
      : { kind: 'paragraph', text: 'Chưa có cảnh báo nào được xem xét.' }
  );

  // IV. Open work
  const open = flags.filter((f) => statusOf(f) === 'open' || statusOf(f) === 'needs_info');
  const openByRule = new Map<RuleId, [number, number]>();
  for (const f of open) {
    const row = openByRule.get(f.rule) ?? [0, 0];
    row[statusOf(f) === 'open' ? 0 : 1]++;
    openByRule.set(f.rule, row);
  }
  const openBlocks: Block[] = [
    {
      kind: 'paragraph',
      text: `Còn ${fmt.format(byStatus.open)} cảnh báo chưa xem xét và ${fmt.format(byStatus.needs_info)} cảnh báo cần xác minh thêm${changed ? `; trong đó ${fmt.format(changed)} cảnh báo có số liệu thay đổi sau khi đã xem xét, cần xem xét lại` : ''}${conflicts ? `; ${fmt.format(conflicts)} cảnh báo có quyết định khác nhau chưa thống nhất` : ''}.`
    }
  ];
  if (open.length)
    openBlocks.push({
      kind: 'table',
      caption: 'Biểu 7. Cảnh báo chưa xem xét xong, theo nội dung rà soát',
      table: {
        columns: ['STT', 'Nội dung rà soát', STATUS_LABELS.open.vi, STATUS_LABELS.needs_info.vi],
        widths: [6, 54, 20, 20],
        rows: RULE_IDS.filter((r) => openByRule.has(r)).map((r, i) => [i + 1, RULE_TITLES[r].vi, ...openByRule.get(r)!]),
        total: ['', 'Tổng cộng', byStatus.open, byStatus.needs_info]
      }
    });

  const { d, m, y } = vnDay(input.at);
  return {
    ...documentFrame(header, input.at),
    title: 'BÁO CÁO',
    subtitle: `kết quả rà soát việc kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên ${span}`.trim(),
    sections: [
      { heading: 'I. PHẠM VI, NỘI DUNG RÀ SOÁT', blocks: scope },
      { heading: 'II. KẾT QUẢ RÀ SOÁT', blocks: summary },
      { heading: 'III. KẾT QUẢ XEM XÉT CÁC CẢNH BÁO', blocks: outcomes },
      { heading: 'IV. CÁC CẢNH BÁO CHƯA XEM XÉT XONG', blocks: openBlocks }
    ],
    appendix: {
      heading: 'PHỤ LỤC',
      subtitle: `Danh sách cảnh báo (kèm theo Báo cáo số ${header.number || BLANK}, ngày ${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y})`,
      note:
        total > appendixMax
          ? `${fmt.format(appendixMax)} cảnh báo đầu tiên trong số ${fmt.format(total)}, theo thứ tự của danh sách; danh sách đầy đủ là tệp Excel của cùng danh sách (nút “Xuất Excel”).`
          : `${fmt.format(total)} cảnh báo, theo thứ tự của danh sách.`,
      table: {
        columns: ['STT', 'Mã cảnh báo', 'Nội dung rà soát', 'Mức độ', 'Năm', 'Đối tượng', 'Tổ chức', 'Nội dung cảnh báo', 'Kết quả xem xét'],
        widths: [4, 9, 13, 7, 5, 13, 13, 24, 12],
        rows: flags.slice(0, appendixMax).map((f, i) => [
          i + 1,
          f.flag_id,
          RULE_TITLES[f.rule]?.vi ?? f.rule,
          SEVERITY_VI[f.severity] ?? f.severity,
          f.year,
          nameOf(names, f.subject_id),
          f.unit_id ? nameOf(names, f.unit_id) : '',
          f.message,
          STATUS_LABELS[statusOf(f)].vi
        ])
      }
    },
    totals: {
      flags: total,
      audited: input.allFlags.length,
      byStatus,
      byReason: Object.fromEntries(reasons) as Partial<Record<DismissReason, number>>,
      cases: caseIds.size,
      factsChanged: changed,
      conflicts
    }
  };
}

