/** The report panel's words, Vietnamese first: `i18n.m.report` (the report itself is in Vietnamese). */
import { translated } from '../translated';
export const report = translated({
  vi: {
    title: 'Báo cáo kết quả rà soát',
    help: 'Báo cáo (.docx) theo thể thức văn bản của Đảng, lập từ danh sách cảnh báo đang hiện: phạm vi, tổng hợp theo nội dung rà soát, tổ chức và năm, kết quả xem xét, các cảnh báo chưa xem xét xong và phụ lục danh sách.',
    fields: 'Thông tin văn bản (tên cơ quan, số, nơi ban hành, người ký, nơi nhận)',
    savedHere: 'Được ghi nhớ trên máy này cho lần sau.',
    f: {
      superior: 'Cấp ủy cấp trên trực tiếp',
      issuer: 'Cơ quan ban hành',
      number: 'Số, ký hiệu',
      place: 'Địa danh',
      signerTitle: 'Chức vụ người ký',
      signerName: 'Họ tên người ký',
      recipients: 'Nơi nhận (mỗi dòng một nơi)'
    },
    preview: 'Xem trước báo cáo',
    hidePreview: 'Ẩn xem trước',
    previewLabel: 'Bản xem trước báo cáo',
    download: 'Tải báo cáo (.docx)',
    building: 'Đang lập báo cáo…',
    failed: 'Không lập được báo cáo',
    empty: 'Danh sách đang trống: báo cáo sẽ ghi nhận không có cảnh báo nào.'
  },
  en: {
    title: 'Report of the review',
    help: 'A report (.docx) in the form of a Party document, made from the flags shown: scope, summaries by check, unit and year, the outcomes of the review, the flags still open and the list as an appendix. The report itself is in Vietnamese.',
    fields: 'Document details (issuing body, number, place, signer, recipients)',
    savedHere: 'Remembered on this machine for next time.',
    f: {
      superior: 'Superior body',
      issuer: 'Issuing body',
      number: 'Number and symbol',
      place: 'Place',
      signerTitle: 'Signer’s title',
      signerName: 'Signer’s name',
      recipients: 'Recipients (one a line)'
    },
    preview: 'Preview the report',
    hidePreview: 'Hide the preview',
    previewLabel: 'Report preview',
    download: 'Download the report (.docx)',
    building: 'Building the report…',
    failed: 'Could not build the report',
    empty: 'The list is empty: the report will say there are no flags.'
  }
});

export type ReportWords = (typeof report)['vi'];
