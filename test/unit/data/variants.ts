/**
 * One dataset, many ways real offices store it: the same tables as XLSX, Parquet, a zip, Vietnamese
 * file names and headers, legacy encodings, reviews as Word or text files. Test-only writers; the
 * legacy encoders are written here from the encodings' own tables, independently of the decoders.
 */
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { parquetWriteBuffer } from 'hyparquet-writer';
import iconv from 'iconv-lite';
import type { InputFile } from '../../../src/lib/data';
import { parseCsv } from '../../../src/lib/data/csv';
import { textFile } from './helpers';

export interface CsvTable {
  name: string;
  header: string[];
  rows: string[][];
}

export function readCsvTables(files: InputFile[]): CsvTable[] {
  return files.map((f) => {
    const records: string[][] = [];
    parseCsv([new TextDecoder().decode(f.bytes)], (r) => records.push(r));
    return { name: f.name.replace(/\.csv$/, ''), header: records[0], rows: records.slice(1).filter((r) => r.some((c) => c !== '')) };
  });
}

const field = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
export function writeCsv(t: CsvTable): string {
  return [t.header, ...t.rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

/** What a spreadsheet user types: numbers as numbers, dates as date cells, the rest as text. */
function typedCell(v: string): string | number | Date | null {
  if (v === '') return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return new Date(`${v}T00:00:00Z`);
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v);
  if (/^\d+,\d+$/.test(v)) return Number(v.replace(',', '.'));
  return v;
}

export async function toXlsx(tables: CsvTable[], sheetNames: Record<string, string> = {}, titleRow = false): Promise<InputFile> {
  const wb = new ExcelJS.Workbook();
  for (const t of tables) {
    const ws = wb.addWorksheet(sheetNames[t.name] ?? t.name);
    if (titleRow) ws.addRow([`DANH SÁCH ${(sheetNames[t.name] ?? t.name).toUpperCase()}`]);
    ws.addRow(t.header);
    for (const r of t.rows) ws.addRow(r.map(typedCell));
  }
  wb.addWorksheet('Ghi chú').addRow(['Bảng tổng hợp của Huyện ủy']);
  return { name: 'bo_du_lieu.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };
}

const INT_COLUMNS = new Set(['year', 'birth_year', 'violation_from', 'violation_to']);
export function toParquet(t: CsvTable): InputFile {
  const columnData = t.header.map((name, j) => {
    const values = t.rows.map((r) => (r[j] === '' ? null : r[j]));
    if (INT_COLUMNS.has(name)) return { name, data: values.map((v) => (v === null ? null : Number(v))), type: 'INT32' as const };
    if (name === 'score') return { name, data: values.map((v) => (v === null ? null : Number(v.replace(',', '.')))), type: 'DOUBLE' as const };
    return { name, data: values, type: 'STRING' as const };
  });
  return { name: `${t.name}.parquet`, bytes: new Uint8Array(parquetWriteBuffer({ columnData })) };
}

export function toZip(files: InputFile[], folder: string): InputFile {
  return { name: 'bo_du_lieu.zip', bytes: zipSync(Object.fromEntries(files.map((f) => [`${folder}/${f.name}`, f.bytes]))) };
}

// ---- Vietnamese names, headers and value spellings, as an office would write them ----

const VI_FILES: Record<string, string> = { units: 'don_vi', people: 'dang_vien', ratings: 'Xếp loại', reviews: 'ban_kiem_diem', disciplines: 'ky_luat' };
const VI_HEADERS: Record<string, string> = {
  'units.unit_id': 'Mã đơn vị', 'units.name': 'Tên đơn vị', 'units.parent_id': 'Đơn vị cấp trên', 'units.kind': 'Loại',
  'people.person_id': 'Số thẻ đảng viên', 'people.full_name': 'Họ và tên', 'people.birth_year': 'Năm sinh', 'people.gender': 'Giới tính',
  'ratings.year': 'Năm', 'ratings.subject_type': 'Loại đối tượng', 'ratings.subject_id': 'Mã đối tượng', 'ratings.unit_id': 'Chi bộ',
  'ratings.track': 'Diện đánh giá', 'ratings.level': 'Xếp loại', 'ratings.self_level': 'Tự nhận xếp loại', 'ratings.head_id': 'Người đứng đầu',
  'ratings.position_group': 'Nhóm chức danh', 'ratings.score': 'Điểm', 'ratings.decided_on': 'Ngày quyết định',
  'reviews.person_id': 'Mã đảng viên', 'reviews.year': 'Năm', 'reviews.text': 'Nội dung bản kiểm điểm',
  'disciplines.subject_type': 'Đối tượng', 'disciplines.subject_id': 'Mã đối tượng', 'disciplines.decided_on': 'Ngày quyết định',
  'disciplines.form': 'Hình thức kỷ luật', 'disciplines.violation_from': 'Vi phạm từ năm', 'disciplines.violation_to': 'Vi phạm đến năm',
  'disciplines.self_detected': 'Tự phát hiện', 'disciplines.decision_no': 'Số quyết định', 'disciplines.reason': 'Lý do'
};
const VI_VALUES: Record<string, Record<string, string>> = {
  kind: { cap_tren: 'Cấp trên cơ sở', co_so: 'Tổ chức cơ sở đảng', chi_bo: 'Chi bộ trực thuộc', tap_the: 'Tập thể lãnh đạo' },
  subject_type: { person: 'Cá nhân', unit: 'Tập thể' },
  track: { party_member: 'Đảng viên', leader: 'Cán bộ lãnh đạo, quản lý' },
  level: { HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ', HTTNV: 'Hoàn thành tốt nhiệm vụ', HTNV: 'Hoàn thành nhiệm vụ', KHTNV: 'Không hoàn thành nhiệm vụ' },
  gender: { nam: 'Nam', nu: 'Nữ' },
  form: { canh_cao: 'Cảnh cáo', khien_trach: 'Khiển trách' }
};
VI_VALUES.self_level = VI_VALUES.level;

export function vietnamese(t: CsvTable): CsvTable {
  return {
    name: VI_FILES[t.name],
    header: t.header.map((h) => VI_HEADERS[`${t.name}.${h}`] ?? h),
    rows: t.rows.map((r) =>
      r.map((v, j) => {
        const col = t.header[j];
        if (VI_VALUES[col]?.[v]) return VI_VALUES[col][v];
        const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
        return d ? `${d[3]}/${d[2]}/${d[1]}` : v; // DD/MM/YYYY as Vietnamese offices write dates
      })
    )
  };
}

// ---- Legacy encodings ----

const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323']; // huyền, sắc, hỏi, ngã, nặng

function splitLetter(c: string): { base: string; shape: string; tone: number } {
  const d = c.normalize('NFD');
  let shape = '';
  let tone = -1;
  for (const m of d.slice(1)) {
    const t = TONES.indexOf(m);
    if (t >= 0) tone = t;
    else shape += m;
  }
  return { base: d[0], shape, tone };
}

/** Windows-1258: letters with their shape (â, ơ…) precomposed, tones as combining bytes after them. */
export function toWindows1258(name: string, text: string): InputFile {
  let out = '';
  for (const c of text.normalize('NFC')) {
    if (iconv.decode(iconv.encode(c, 'windows1258'), 'windows1258') === c) out += c;
    else {
      const { base, shape, tone } = splitLetter(c);
      out += (base + shape).normalize('NFC') + (tone >= 0 ? TONES[tone] : '');
    }
  }
  return { name, bytes: new Uint8Array(iconv.encode(out, 'windows1258')) };
}

/** TCVN3 (ABC): iconv-lite's "tcvn" table. */
export function toTcvn3(name: string, text: string): InputFile {
  return { name, bytes: new Uint8Array(iconv.encode(text.normalize('NFC'), 'tcvn')) };
}

// VNI-Windows: a vowel, then one byte for its tone, or for its shape and tone together.
const VNI_TONE = ['ø', 'ù', 'û', 'õ', 'ï'];
const VNI_CIRCUMFLEX = ['â', 'à', 'á', 'å', 'ã', 'ä']; // no tone, then the five tones
const VNI_BREVE = ['ê', 'è', 'é', 'ú', 'ü', 'ë'];
const VNI_I = ['ì', 'í', 'æ', 'ó', 'ò'];

function vniLower(c: string): string {
  if (c === 'đ') return 'ñ';
  const { base, shape, tone } = splitLetter(c);
  if (base === 'i' && tone >= 0) return VNI_I[tone];
  if (base === 'y' && tone === 4) return 'î';
  if (shape === '\u0302') return base + VNI_CIRCUMFLEX[tone + 1];
  if (shape === '\u0306') return base + VNI_BREVE[tone + 1];
  const horn = shape === '\u031B' ? (base === 'o' ? 'ô' : 'ö') : base;
  return horn + (tone >= 0 ? VNI_TONE[tone] : '');
}

export function toVni(name: string, text: string): InputFile {
  let out = '';
  for (const c of text.normalize('NFC')) {
    if (c.charCodeAt(0) < 0x80) out += c;
    else {
      const lower = c.toLowerCase();
      const v = vniLower(lower);
      out += c === lower ? v : v.toUpperCase();
    }
  }
  const bytes = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i++) {
    const code = out.charCodeAt(i);
    if (code > 0xff) throw new Error(`VNI cannot write ${out[i]}`);
    bytes[i] = code;
  }
  return { name, bytes };
}

// ---- Self-reviews as files ----

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A minimal Word document, one paragraph per line (text in NFD, as some Mac editors save it). */
export function docx(name: string, text: string): InputFile {
  const body = text
    .normalize('NFD')
    .split('\n')
    .map((line) => `<w:p><w:r><w:t xml:space="preserve">${xml(line)}</w:t></w:r></w:p>`)
    .join('');
  const enc = (s: string) => new TextEncoder().encode(s);
  return {
    name,
    bytes: zipSync({
      '[Content_Types].xml': enc(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
      ),
      '_rels/.rels': enc(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
      ),
      'word/document.xml': enc(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`
      )
    })
  };
}

/** The reviews table as one file per review: "<person>_<year>.docx" or "<year>/<person>.txt". */
export function reviewFiles(reviews: CsvTable, format: 'docx' | 'txt'): InputFile[] {
  const [p, y, t] = ['person_id', 'year', 'text'].map((c) => reviews.header.indexOf(c));
  return reviews.rows.map((r) => (format === 'docx' ? docx(`ban_kiem_diem/${r[p]}_${r[y]}.docx`, r[t]) : textFile(`${r[y]}/${r[p]}.txt`, r[t])));
}
