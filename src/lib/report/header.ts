/**
 * The letterhead and signature of the official report, as a committee fills them once: kept in this
 * browser (localStorage) and offered again next time. Pure: reading a stored value never fails,
 * a field that is not text is dropped for its default.
 */

export interface ReportHeader {
  /** The body directly above the issuer, e.g. "ĐẢNG BỘ TỈNH NINH BÌNH". */
  superior: string;
  /** The issuer, e.g. "ỦY BAN KIỂM TRA". */
  issuer: string;
  /** Number and symbol without "Số", e.g. "12-BC/UBKT"; empty leaves the number for the clerk to write. */
  number: string;
  /** The place written before the date, e.g. "Ninh Bình". */
  place: string;
  /** The signer's title under "T/M …", e.g. "CHỦ NHIỆM". */
  signerTitle: string;
  signerName: string;
  /** One recipient a line, e.g. "Ban Thường vụ Tỉnh ủy (để báo cáo)". */
  recipients: string;
}

export const REPORT_HEADER_FIELDS = ['superior', 'issuer', 'number', 'place', 'signerTitle', 'signerName', 'recipients'] as const satisfies readonly (keyof ReportHeader)[];

export const DEFAULT_REPORT_HEADER: ReportHeader = {
  superior: '',
  issuer: 'ỦY BAN KIỂM TRA',
  number: '',
  place: '',
  signerTitle: 'CHỦ NHIỆM',
  signerName: '',
  recipients: 'Ban Thường vụ (để báo cáo)\nLưu VT.'
};

/** What each field looks like, shown as the form's placeholders: Vietnamese in every language, as the report is. */
export const REPORT_HEADER_EXAMPLES: ReportHeader = {
  superior: 'ĐẢNG BỘ TỈNH …',
  issuer: 'ỦY BAN KIỂM TRA',
  number: '12-BC/UBKT',
  place: 'Ninh Bình',
  signerTitle: 'CHỦ NHIỆM',
  signerName: '',
  recipients: 'Ban Thường vụ Tỉnh ủy (để báo cáo)'
};

export const REPORT_HEADER_KEY = 'soi.report-header';

/** A stored header (JSON text, or nothing) → every field, defaults where absent or not text. */
export function readReportHeader(raw: string | null): ReportHeader {
  let parsed: unknown = null;
  try {
    parsed = raw ? JSON.parse(raw) : null;
  } catch {
    parsed = null;
  }
  const stored = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  const out = { ...DEFAULT_REPORT_HEADER };
  for (const k of REPORT_HEADER_FIELDS) if (typeof stored[k] === 'string') out[k] = cleanField(stored[k] as string);
  return out;
}

/** Text as kept: NFC, no surrounding blanks, blanks inside a line collapsed, empty lines dropped (recipients are one a line). */
function cleanField(s: string): string {
  return s
    .normalize('NFC')
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

export function cleanHeader(h: ReportHeader): ReportHeader {
  const out = { ...h };
  for (const k of REPORT_HEADER_FIELDS) out[k] = cleanField(h[k] ?? '');
  return out;
}
