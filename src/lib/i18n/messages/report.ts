/** The report panel's words, Vietnamese first: `i18n.m.report` (the report itself is in Vietnamese). */
const vi = {
  title: 'Báo cáo kết quả rà soát',
  help: 'Báo cáo (.docx) theo thể thức văn bản của Đảng, lập từ danh sách cảnh báo đang hiện: phạm vi, tổng hợp theo nội dung rà soát, tổ chức và năm, kết quả xem xét, các cảnh báo chưa xem xét xong và phụ lục danh sách.',
  fields: 'Thông tin văn bản (tên cơ quan, số, nơi ban hành, người ký, nơi nhận)',
  savedHere: 'Được ghi nhớ trên máy này cho lần sau.',
  f: {
    superior: ['Cấp ủy cấp trên trực tiếp', 'ĐẢNG BỘ TỈNH …'],
    issuer: ['Cơ quan ban hành', 'ỦY BAN KIỂM TRA'],
    number: ['Số, ký hiệu', '12-BC/UBKT'],
    place: ['Địa danh', 'Ninh Bình'],
    signerTitle: ['Chức vụ người ký', 'CHỦ NHIỆM'],
    signerName: ['Họ tên người ký', ''],
    recipients: ['Nơi nhận (mỗi dòng một nơi)', 'Ban Thường vụ Tỉnh ủy (để báo cáo)']
  } satisfies Record<string, [string, string]>,
  preview: 'Xem trước báo cáo',
  hidePreview: 'Ẩn xem trước',
  previewLabel: 'Bản xem trước báo cáo',
  download: 'Tải báo cáo (.docx)',
  building: 'Đang lập báo cáo…',
  failed: 'Không lập được báo cáo',
  empty: 'Danh sách đang trống: báo cáo sẽ ghi nhận không có cảnh báo nào.'
};

export type ReportWords = typeof vi;

const en: ReportWords = {
  title: 'Report of the review',
  help: 'A report (.docx) in the form of a Party document, made from the flags shown: scope, summaries by check, unit and year, the outcomes of the review, the flags still open and the list as an appendix. The report itself is in Vietnamese.',
  fields: 'Document details (issuing body, number, place, signer, recipients)',
  savedHere: 'Remembered on this machine for next time.',
  f: {
    superior: ['Superior body', 'ĐẢNG BỘ TỈNH …'],
    issuer: ['Issuing body', 'ỦY BAN KIỂM TRA'],
    number: ['Number and symbol', '12-BC/UBKT'],
    place: ['Place', 'Ninh Bình'],
    signerTitle: ['Signer’s title', 'CHỦ NHIỆM'],
    signerName: ['Signer’s name', ''],
    recipients: ['Recipients (one a line)', 'Ban Thường vụ Tỉnh ủy (để báo cáo)']
  } satisfies Record<string, [string, string]>,
  preview: 'Preview the report',
  hidePreview: 'Hide the preview',
  previewLabel: 'Report preview',
  download: 'Download the report (.docx)',
  building: 'Building the report…',
  failed: 'Could not build the report',
  empty: 'The list is empty: the report will say there are no flags.'
};

export const report = { vi, en };
