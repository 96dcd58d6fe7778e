/**
 * Every accepted spelling in one place: table file names, column headers and enumerated values.
 * All are matched after `foldKey` (foldVietnamese, then no spaces): case, diacritics, spaces and
 * underscores do not matter, so "Mã đảng viên", "MA_DANG_VIEN" and "madangvien" are one name.
 */
import { foldVietnamese } from '../domain/levels';
import { SCHEMA, TABLE_NAMES, type TableName } from './schema';

export function foldKey(s: string): string {
  return foldVietnamese(s).replace(/ /g, '');
}

/** File base names (without extension) recognised as each table. */
export const TABLE_FILE_ALIASES: Record<TableName, string[]> = {
  units: ['units', 'unit', 'đơn vị', 'don_vi', 'tổ chức', 'tổ chức đảng', 'to_chuc_dang'],
  unit_changes: ['unit_changes', 'unit changes', 'changes', 'thay đổi đơn vị', 'thay đổi tổ chức', 'biến động tổ chức', 'sắp xếp tổ chức', 'sáp nhập', 'sắp xếp đơn vị'],
  people: ['people', 'persons', 'members', 'đảng viên', 'dang_vien', 'danh sách đảng viên', 'nhân sự'],
  ratings: ['ratings', 'rating', 'xếp loại', 'xep_loai', 'kết quả xếp loại', 'đánh giá xếp loại', 'danh_gia_xep_loai'],
  reviews: ['reviews', 'review', 'bản kiểm điểm', 'ban_kiem_diem', 'kiểm điểm', 'kiem_diem'],
  disciplines: ['disciplines', 'discipline', 'kỷ luật', 'ky_luat', 'quyết định kỷ luật']
};

const PERSON_ID = ['mã đảng viên', 'số thẻ đảng viên', 'số thẻ', 'mã cán bộ', 'mã cá nhân', 'person id', 'member id'];
const YEAR = ['năm', 'năm đánh giá', 'năm xếp loại', 'năm kiểm điểm', 'rating year'];
const SUBJECT_TYPE = ['loại đối tượng', 'đối tượng', 'subject type', 'cá nhân/tập thể'];
const SUBJECT_ID = ['mã đối tượng', 'subject', 'subject id', 'mã đảng viên/đơn vị', 'mã cá nhân/tập thể'];

/** Header aliases per table and canonical column (the canonical name itself is always accepted). */
export const COLUMN_ALIASES: Record<TableName, Record<string, string[]>> = {
  units: {
    unit_id: ['mã đơn vị', 'mã tổ chức', 'mã tổ chức đảng', 'mã chi bộ', 'unit', 'id'],
    name: ['tên', 'tên đơn vị', 'tên tổ chức', 'tên tổ chức đảng', 'tên chi bộ', 'unit name'],
    parent_id: ['mã đơn vị cấp trên', 'đơn vị cấp trên', 'cấp trên', 'mã cấp trên', 'trực thuộc', 'parent', 'parent unit'],
    kind: ['loại', 'loại đơn vị', 'loại tổ chức', 'cấp', 'unit kind', 'type'],
    valid_from: ['hiệu lực từ', 'hiệu lực từ ngày', 'có hiệu lực từ', 'từ ngày', 'ngày bắt đầu', 'ngày thành lập', 'valid from', 'effective from', 'start date', 'from'],
    valid_to: ['hiệu lực đến', 'hiệu lực đến ngày', 'đến ngày', 'ngày kết thúc', 'ngày hết hiệu lực', 'ngày giải thể', 'valid to', 'valid until', 'effective to', 'end date', 'until']
  },
  unit_changes: {
    from_unit_id: ['mã đơn vị cũ', 'đơn vị cũ', 'từ đơn vị', 'đơn vị trước', 'đơn vị bị sáp nhập', 'from unit', 'old unit', 'predecessor'],
    to_unit_id: ['mã đơn vị mới', 'đơn vị mới', 'sang đơn vị', 'đơn vị kế thừa', 'đơn vị tiếp nhận', 'to unit', 'new unit', 'successor'],
    effective_on: ['ngày hiệu lực', 'có hiệu lực từ', 'hiệu lực từ', 'ngày', 'effective date', 'date'],
    kind: ['hình thức', 'hình thức sắp xếp', 'loại thay đổi', 'loại', 'change', 'change kind', 'type'],
    decision_no: ['số quyết định', 'quyết định số', 'số qđ', 'quyết định', 'decision number', 'decision']
  },
  people: {
    person_id: [...PERSON_ID, 'mã', 'id'],
    full_name: ['họ và tên', 'họ tên', 'tên', 'name', 'full name'],
    birth_year: ['năm sinh', 'year of birth', 'born'],
    gender: ['giới tính', 'sex'],
    joined_on: ['ngày vào đảng', 'ngày kết nạp', 'ngày kết nạp đảng', 'ngày kết nạp vào đảng', 'joined', 'joined on', 'admission date', 'date joined'],
    left_on: ['ngày ra khỏi đảng', 'ngày ra đảng', 'ngày thôi sinh hoạt đảng', 'ngày xóa tên', 'ngày khai trừ', 'ngày từ trần', 'left', 'left on', 'date left']
  },
  ratings: {
    year: YEAR,
    subject_type: SUBJECT_TYPE,
    subject_id: [...SUBJECT_ID, ...PERSON_ID],
    unit_id: ['chi bộ', 'đơn vị', 'mã chi bộ', 'mã đơn vị', 'nơi sinh hoạt', 'đơn vị đánh giá', 'unit'],
    track: ['diện', 'diện đánh giá', 'diện xếp loại', 'đối tượng đánh giá'],
    level: ['xếp loại', 'mức xếp loại', 'kết quả xếp loại', 'xếp loại chất lượng', 'mức xếp loại chất lượng', 'rating'],
    self_level: ['tự nhận xếp loại', 'tự nhận mức xếp loại', 'mức tự nhận', 'tự xếp loại', 'tự đánh giá', 'self rating'],
    head_id: ['người đứng đầu', 'mã người đứng đầu', 'head'],
    position_group: ['nhóm chức danh', 'chức danh tương đương', 'chức danh'],
    score: ['điểm', 'tổng điểm', 'điểm số', 'points'],
    decided_on: ['ngày quyết định', 'ngày xếp loại', 'ngày', 'date', 'decision date'],
    not_rated: ['lý do không xếp loại', 'lí do không xếp loại', 'không xếp loại', 'lý do chưa xếp loại', 'chưa xếp loại', 'không đánh giá xếp loại', 'lý do không đánh giá', 'not rated', 'reason not rated', 'not rated reason'],
    note: ['ghi chú', 'ghi chu', 'notes', 'remarks', 'remark']
  },
  reviews: {
    person_id: PERSON_ID,
    year: YEAR,
    text: ['nội dung', 'bản kiểm điểm', 'nội dung kiểm điểm', 'nội dung bản kiểm điểm', 'review', 'content']
  },
  disciplines: {
    subject_type: SUBJECT_TYPE,
    subject_id: [...SUBJECT_ID, ...PERSON_ID],
    decided_on: ['ngày quyết định', 'ngày kỷ luật', 'ngày', 'date', 'decision date'],
    form: ['hình thức', 'hình thức kỷ luật', 'discipline'],
    violation_from: ['vi phạm từ năm', 'từ năm', 'năm vi phạm'],
    violation_to: ['vi phạm đến năm', 'đến năm'],
    self_detected: ['tự phát hiện', 'tự phát hiện và khắc phục', 'tự phát hiện, khắc phục'],
    decision_no: ['số quyết định', 'quyết định số', 'số qđ', 'decision number'],
    reason: ['lý do', 'lí do', 'nội dung vi phạm'],
    system: ['loại kỷ luật', 'kỷ luật đảng/chính quyền', 'kỷ luật đảng hay chính quyền', 'hệ thống', 'khối', 'discipline system', 'system']
  }
};

/** Spellings of enumerated values, by canonical value. */
export const UNIT_KIND_SPELLINGS: Record<string, string[]> = {
  cap_tren: ['cấp trên', 'cấp trên cơ sở', 'cấp trên trực tiếp cơ sở'],
  co_so: ['cơ sở', 'tổ chức cơ sở đảng', 'tcsđ', 'đảng bộ cơ sở', 'chi bộ cơ sở'],
  chi_bo: ['chi bộ', 'chi bộ trực thuộc', 'chi bộ trực thuộc đảng ủy cơ sở'],
  tap_the: ['tập thể', 'tập thể lãnh đạo', 'tập thể lãnh đạo quản lý']
};
export const SUBJECT_TYPE_SPELLINGS: Record<string, string[]> = {
  person: ['cá nhân', 'đảng viên'],
  unit: ['tập thể', 'tổ chức', 'đơn vị', 'tổ chức đảng']
};
export const TRACK_SPELLINGS: Record<string, string[]> = {
  party_member: ['đảng viên', 'party member'],
  leader: ['lãnh đạo', 'cán bộ lãnh đạo', 'lãnh đạo quản lý', 'cán bộ lãnh đạo quản lý', 'cán bộ lãnh đạo, quản lý'],
  civil_servant: ['công chức', 'cán bộ công chức', 'cán bộ, công chức', 'civil servant']
};
export const NOT_RATED_SPELLINGS: Record<string, string[]> = {
  mien: [
    'miễn',
    'miễn đánh giá',
    'miễn xếp loại',
    'miễn đánh giá xếp loại',
    'miễn công tác và sinh hoạt đảng',
    'miễn công tác, sinh hoạt đảng',
    'miễn sinh hoạt đảng',
    'miễn sinh hoạt',
    'miễn công tác',
    'exempt',
    'exempted'
  ],
  om_dau: ['ốm đau', 'ốm', 'ốm đau dài ngày', 'bệnh', 'bệnh dài ngày', 'điều trị bệnh', 'nghỉ ốm', 'nghỉ điều trị', 'illness', 'ill', 'sick', 'sick leave'],
  chua_du_thoi_gian: [
    'chưa đủ thời gian',
    'chưa đủ thời gian xếp loại',
    'chưa đủ thời gian đánh giá',
    'không đủ thời gian',
    'mới kết nạp',
    'mới vào đảng',
    'mới chuyển đến',
    'too short',
    'not long enough',
    'too short a time'
  ],
  dinh_chi: ['đình chỉ', 'đình chỉ sinh hoạt', 'đình chỉ sinh hoạt đảng', 'bị đình chỉ', 'suspended', 'suspension'],
  khac: ['khác', 'lý do khác', 'lí do khác', 'other']
};
export const UNIT_CHANGE_SPELLINGS: Record<string, string[]> = {
  merge: ['sáp nhập', 'sát nhập', 'hợp nhất', 'nhập', 'merged'],
  split: ['chia tách', 'tách', 'chia', 'tách ra'],
  rename: ['đổi tên', 'renamed'],
  transfer: ['chuyển trực thuộc', 'điều chuyển', 'chuyển', 'moved', 'move']
};
export const DISCIPLINE_SYSTEM_SPELLINGS: Record<string, string[]> = {
  dang: ['đảng', 'kỷ luật đảng', 'party', 'party discipline'],
  chinh_quyen: [
    'chính quyền',
    'kỷ luật chính quyền',
    'hành chính',
    'kỷ luật hành chính',
    'công chức',
    'kỷ luật công chức',
    'cán bộ công chức viên chức',
    'administrative',
    'administrative discipline',
    'government',
    'civil service'
  ]
};
export const GENDER_SPELLINGS: Record<string, string[]> = {
  nam: ['male', 'm'],
  nu: ['nữ', 'female', 'f']
};
export const BOOLEAN_SPELLINGS: Record<'true' | 'false', string[]> = {
  true: ['1', 'có', 'x', 'yes', 'đúng', 't'],
  false: ['0', 'không', 'no', 'sai', 'f']
};

/** folded spelling → canonical value, the canonical value included. */
export function spellingLookup(spellings: Record<string, string[]>): Map<string, string> {
  const m = new Map<string, string>();
  for (const [value, names] of Object.entries(spellings)) {
    m.set(foldKey(value), value);
    for (const n of names) m.set(foldKey(n), value);
  }
  return m;
}

/** folded header → canonical column, per table. */
export const HEADER_LOOKUP: Record<TableName, Map<string, string>> = Object.fromEntries(
  TABLE_NAMES.map((t) => {
    const m = new Map<string, string>();
    for (const col of SCHEMA[t]) {
      m.set(foldKey(col.name), col.name);
      for (const a of COLUMN_ALIASES[t][col.name] ?? []) m.set(foldKey(a), col.name);
    }
    return [t, m];
  })
) as Record<TableName, Map<string, string>>;

const TABLE_FILE_LOOKUP = spellingLookup(TABLE_FILE_ALIASES);

/** The table a file base name (no folder, no extension) stands for, if any. */
export function tableOfFileName(baseName: string): TableName | undefined {
  return TABLE_FILE_LOOKUP.get(foldKey(baseName)) as TableName | undefined;
}
