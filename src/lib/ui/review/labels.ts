/**
 * The review components' words, Vietnamese first. Kept beside the components until the UI's
 * dictionaries (src/lib/i18n) take them over; statuses come from STATUS_LABELS.
 */
import { DISMISS_REASON_LABELS, STATUS_LABELS, type DecisionStatus, type DismissReason } from '../../review/types';
import { formatDateTime } from '../../i18n/format';

export type ReviewLang = 'vi' | 'en';

const WORDS = {
  vi: {
    decision: 'Quyết định',
    note: 'Ghi chú, lý do',
    notePlaceholder: 'Lý do của quyết định, số văn bản, việc cần làm rõ…',
    saveNote: 'Lưu ghi chú',
    reviewer: 'Người xem xét',
    reviewerPrompt: 'Nhập họ tên của đồng chí: tên được ghi kèm mỗi quyết định.',
    reviewerSave: 'Xác nhận',
    reviewerChange: 'Đổi',
    lastChange: (by: string, at: string) => `Lần cuối: ${by}, ${at}`,
    conflictTitle: 'Có quyết định khác nhau về cảnh báo này',
    conflictHelp: 'Chọn quyết định được giữ lại; các quyết định khác vẫn còn trong lịch sử.',
    ours: 'của máy này',
    pick: 'Giữ quyết định này',
    history: 'Lịch sử xử lý',
    noHistory: 'Chưa có quyết định nào.',
    resolved: 'giải quyết khác biệt',
    selected: (n: number) => `Đã chọn ${n} cảnh báo`,
    applyToSelected: 'Áp dụng cho các cảnh báo đã chọn',
    clearSelection: 'Bỏ chọn',
    persistence: {
      unknown: 'Đang hỏi trình duyệt về việc lưu giữ dữ liệu…',
      granted: 'Trình duyệt đã đồng ý lưu giữ lâu dài các quyết định trên máy này.',
      denied: 'Trình duyệt chưa đồng ý lưu giữ lâu dài: khi thiếu dung lượng, các quyết định có thể bị xóa. Hãy xuất tệp quyết định thường xuyên.',
      unsupported: 'Trình duyệt không cho biết có lưu giữ lâu dài hay không: hãy xuất tệp quyết định thường xuyên.'
    },
    writeFailed: 'Chưa lưu được quyết định (không có gì bị ghi dở):',
    reason: 'Lý do không có dấu hiệu vi phạm',
    pickReason: '— chọn lý do —',
    reasonNeeded: 'Chọn lý do trước khi kết luận không có dấu hiệu vi phạm.',
    otherNeedsNote: 'Lý do khác: ghi rõ trong ghi chú.',
    factsChanged: 'Số liệu đã thay đổi kể từ quyết định: cảnh báo trở lại danh sách chưa xem xét.',
    factsChangedEntry: 'số liệu đã thay đổi kể từ quyết định',
    explanation: 'giải trình của đơn vị',
    attachments: 'Tài liệu kèm theo',
    caseTitle: (n: number) => `Cùng một vụ việc: ${n} cảnh báo`,
    caseDecision: (refs: string) => `Cùng quyết định kỷ luật ${refs}`,
    caseReview: (refs: string) => `Cặp bản kiểm điểm giống nhau: ${refs}`,
    caseApply: 'Áp dụng quyết định hiện tại cho cả vụ việc',
    caseThis: 'cảnh báo đang xem',
    workspace: 'Bộ dữ liệu đang làm việc',
    workspaceHelp: 'Các quyết định gắn với bộ dữ liệu này (nhận biết theo các đơn vị gốc), kể cả khi nạp lại bản đã sửa.',
    decisionsCount: (n: number) => `${n} cảnh báo đã có quyết định`,
    rename: 'Đổi tên',
    renameSave: 'Lưu tên',
    cancel: 'Hủy',
    forget: 'Xóa mọi quyết định của bộ dữ liệu này…',
    forgetConfirm: (n: number, name: string) => `Xóa vĩnh viễn ${n} quyết định của “${name}” trên máy này? Nên xuất tệp quyết định trước.`,
    forgetYes: 'Xóa các quyết định',
    otherWorkspace: (file: string, current: string) => `Tệp này thuộc bộ dữ liệu khác (${file}), không phải bộ dữ liệu đang mở (${current}).`,
    mergeAnyway: 'Vẫn gộp vào bộ dữ liệu đang mở'
  },
  en: {
    decision: 'Decision',
    note: 'Note, reason',
    notePlaceholder: 'Reason for the decision, document number, what needs clarifying…',
    saveNote: 'Save note',
    reviewer: 'Reviewer',
    reviewerPrompt: 'Enter your full name: it is recorded with every decision.',
    reviewerSave: 'Confirm',
    reviewerChange: 'Change',
    lastChange: (by: string, at: string) => `Last change: ${by}, ${at}`,
    conflictTitle: 'Reviewers decided this flag differently',
    conflictHelp: 'Pick the decision to keep; the others stay in the history.',
    ours: 'this machine',
    pick: 'Keep this decision',
    history: 'History',
    noHistory: 'No decision yet.',
    resolved: 'settled a conflict',
    selected: (n: number) => `${n} flag${n === 1 ? '' : 's'} selected`,
    applyToSelected: 'Apply to the selected flags',
    clearSelection: 'Clear selection',
    persistence: {
      unknown: 'Asking the browser whether it keeps the data…',
      granted: 'The browser agreed to keep the decisions on this machine for good.',
      denied: 'The browser did not agree to keep the data for good: short of space, it may delete the decisions. Export the decisions file often.',
      unsupported: 'The browser does not say whether it keeps the data for good: export the decisions file often.'
    },
    writeFailed: 'The decision was not saved (nothing was half-written):',
    reason: 'Why no sign of a violation',
    pickReason: '— pick a reason —',
    reasonNeeded: 'Pick a reason before concluding there is no sign of a violation.',
    otherNeedsNote: 'Other reason: say which in the note.',
    factsChanged: 'The facts changed since the decision: the flag is back among those not yet reviewed.',
    factsChangedEntry: 'facts changed since the decision',
    explanation: 'the unit’s explanation',
    attachments: 'Attached documents',
    caseTitle: (n: number) => `One case: ${n} flags`,
    caseDecision: (refs: string) => `Same discipline decision ${refs}`,
    caseReview: (refs: string) => `Pair of near-identical reviews: ${refs}`,
    caseApply: 'Apply the current decision to the whole case',
    caseThis: 'this flag',
    workspace: 'Dataset being worked on',
    workspaceHelp: 'Decisions belong to this dataset (known by its top units), also when a corrected version is loaded again.',
    decisionsCount: (n: number) => `${n} flag${n === 1 ? '' : 's'} decided`,
    rename: 'Rename',
    renameSave: 'Save name',
    cancel: 'Cancel',
    forget: 'Forget this dataset’s decisions…',
    forgetConfirm: (n: number, name: string) => `Delete ${n} decision${n === 1 ? '' : 's'} of “${name}” from this machine for good? Export the decisions file first.`,
    forgetYes: 'Delete the decisions',
    otherWorkspace: (file: string, current: string) => `This file belongs to another dataset (${file}), not the one open (${current}).`,
    mergeAnyway: 'Merge into the open dataset anyway'
  }
};

export function reviewWords(lang: ReviewLang) {
  return WORDS[lang];
}

export function statusLabel(status: DecisionStatus, lang: ReviewLang): string {
  return STATUS_LABELS[status][lang];
}

export function reasonLabel(reason: DismissReason, lang: ReviewLang): string {
  return DISMISS_REASON_LABELS[reason][lang];
}

/** data-testid of a status button: decision-open, decision-confirmed, decision-dismissed, decision-needs-info. */
export function statusTestId(status: DecisionStatus): string {
  return `decision-${status.replace(/_/g, '-')}`;
}

/** A stamp as the reviewer reads it, in local time. */
export function formatStamp(iso: string, lang: ReviewLang): string {
  if (!iso) return '';
  return formatDateTime(lang, iso);
}
