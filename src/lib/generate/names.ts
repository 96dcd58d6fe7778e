/**
 * Vietnamese names of persons and places, drawn with realistic frequencies (surnames roughly as
 * in national statistics: Nguyễn ~38%, Trần ~11%, Lê ~9%…). Invented combinations; any likeness to
 * a real person is chance.
 */
import type { Rng } from './rng';
import type { Gender } from './model';

const SURNAMES: readonly (readonly [string, number])[] = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 4], ['Huỳnh', 1.5], ['Phan', 4.5], ['Vũ', 3.9],
  ['Võ', 1.5], ['Đặng', 2.1], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1], ['Lý', 0.5],
  ['Đinh', 0.8], ['Trịnh', 0.6], ['Đào', 0.6], ['Mai', 0.5], ['Lương', 0.4], ['Tạ', 0.3], ['Hà', 0.5], ['Lưu', 0.3],
  ['Cao', 0.4], ['Vương', 0.2], ['Tô', 0.2], ['Chu', 0.2], ['Kiều', 0.2], ['Lại', 0.2], ['Khuất', 0.1], ['Nghiêm', 0.1]
];

const MIDDLE: Record<Gender, readonly (readonly [string, number])[]> = {
  nam: [['Văn', 30], ['Hữu', 6], ['Đức', 8], ['Minh', 7], ['Quang', 6], ['Xuân', 4], ['Thanh', 4], ['Công', 5], ['Đình', 6],
    ['Ngọc', 3], ['Mạnh', 3], ['Tiến', 3], ['Trọng', 3], ['Anh', 3], ['Thế', 3], ['Việt', 2], ['Bá', 2], ['Duy', 3], ['Hồng', 2], ['Trung', 2], ['Văn Minh', 1], ['Quốc', 3]],
  nu: [['Thị', 45], ['Thu', 6], ['Ngọc', 6], ['Thanh', 5], ['Kim', 3], ['Minh', 4], ['Hồng', 4], ['Phương', 3], ['Thùy', 3],
    ['Mai', 2], ['Thị Thu', 2], ['Thị Minh', 2], ['Hải', 2], ['Bích', 2], ['Lan', 1], ['Diệu', 1], ['Khánh', 2], ['Bảo', 1]]
};

const GIVEN: Record<Gender, readonly string[]> = {
  nam: ['An', 'Bình', 'Cường', 'Chiến', 'Dũng', 'Duy', 'Đạt', 'Định', 'Đông', 'Giang', 'Hải', 'Hào', 'Hiếu', 'Hiển', 'Hòa', 'Hoàng', 'Huy',
    'Hùng', 'Hưng', 'Khải', 'Khánh', 'Khoa', 'Kiên', 'Lâm', 'Long', 'Lộc', 'Luân', 'Mạnh', 'Minh', 'Nam', 'Nghĩa', 'Ngọc', 'Nhân', 'Phong',
    'Phúc', 'Phương', 'Quang', 'Quân', 'Quý', 'Sơn', 'Tài', 'Tâm', 'Tân', 'Thái', 'Thắng', 'Thành', 'Thanh', 'Thịnh', 'Thuận', 'Tiến',
    'Toàn', 'Trung', 'Trường', 'Tú', 'Tuấn', 'Tùng', 'Vinh', 'Việt', 'Vũ', 'Xuân', 'Hậu', 'Kỳ', 'Lực', 'Quyết', 'Sáng', 'Thọ', 'Tuyên', 'Bảo'],
  nu: ['Anh', 'Ánh', 'Bích', 'Châu', 'Chi', 'Dung', 'Duyên', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Hồng', 'Huế', 'Huyền', 'Hương',
    'Hường', 'Lan', 'Liên', 'Linh', 'Loan', 'Ly', 'Mai', 'My', 'Nga', 'Ngân', 'Ngọc', 'Nhung', 'Oanh', 'Phượng', 'Phương', 'Quyên', 'Quỳnh',
    'Tâm', 'Thảo', 'Thanh', 'Thơm', 'Thu', 'Thúy', 'Thủy', 'Trang', 'Trinh', 'Tuyết', 'Uyên', 'Vân', 'Xuân', 'Yến', 'Lụa', 'Nhàn', 'Hậu', 'Lý']
};

export function personName(rng: Rng, gender: Gender): string {
  return `${rng.weighted(SURNAMES)} ${rng.weighted(MIDDLE[gender])} ${rng.pick(GIVEN[gender])}`;
}

export const DISTRICT_NAMES: readonly string[] = [
  'Yên Phong', 'Thuận Thành', 'Tiên Du', 'Quế Võ', 'Gia Bình', 'Lương Tài', 'Văn Lâm', 'Mỹ Hào', 'Khoái Châu', 'Kim Động',
  'Ân Thi', 'Phù Cừ', 'Tiên Lữ', 'Văn Giang', 'Đông Hưng', 'Kiến Xương', 'Vũ Thư', 'Quỳnh Phụ'
];

export const PROVINCE_NAME = 'Hưng Yên';

export const COMMUNE_NAMES: readonly string[] = [
  'Tân Lập', 'Đông Hưng', 'Quảng Phú', 'Hòa Bình', 'An Thịnh', 'Phú Mỹ', 'Thanh Xuân', 'Tiến Thắng', 'Minh Đức', 'Hồng Phong',
  'Quyết Tiến', 'Đại Đồng', 'Trung Hòa', 'Nghĩa Hưng', 'Vĩnh Lộc', 'Xuân Lâm', 'Cẩm Thịnh', 'Hưng Đạo', 'Lam Sơn', 'Bình Minh',
  'Kim Sơn', 'Yên Mỹ', 'Thái Hòa', 'Liên Châu', 'Phúc Thành', 'Đức Giang', 'Tân Tiến', 'Thịnh Long', 'Đồng Tâm', 'Hợp Thịnh',
  'Việt Hùng', 'Song Hồ', 'Trí Quả', 'Mão Điền', 'Đình Tổ', 'Hà Mãn', 'Ngũ Thái', 'Nguyệt Đức', 'Gia Đông', 'Thanh Khương',
  'Hoài Thượng', 'Đại Xuân', 'Phù Lãng', 'Việt Thống', 'Bằng An', 'Phượng Mao', 'Châu Phong', 'Đức Long', 'Nhân Hòa', 'Yên Giả'
];

export const VILLAGE_NAMES: readonly string[] = [
  'Đông', 'Đoài', 'Thượng', 'Hạ', 'Trung', 'Nam', 'Bắc', 'Tân Lập', 'Phú Xuân', 'An Thái', 'Đồng Xuân', 'Văn Xá', 'Kim Bảng',
  'Phù Lưu', 'Ngọc Trì', 'Bình Than', 'Lạc Thổ', 'Thanh Hoài', 'Đại Trạch', 'Cẩm Giang', 'Yên Lã', 'Mỹ Lộc', 'Hương Triện',
  'Xuân Ổ', 'Trà Lâm', 'Quảng Bố', 'Lũng Khê', 'Đình Cả', 'Mai Thượng', 'Ngô Xá'
];

/** Names for schools: the persons Vietnamese schools are commonly named after. */
export const SCHOOL_PATRONS: readonly string[] = [
  'Mạc Đĩnh Chi', 'Chu Văn An', 'Lê Quý Đôn', 'Nguyễn Trãi', 'Trần Phú', 'Lý Tự Trọng', 'Kim Đồng', 'Võ Thị Sáu', 'Nguyễn Du',
  'Lê Lợi', 'Hàn Thuyên', 'Trần Hưng Đạo', 'Phan Bội Châu', 'Nguyễn Bỉnh Khiêm', 'Lương Thế Vinh', 'Ngô Sĩ Liên'
];

export const COMPANY_NAMES: readonly string[] = [
  'Cổ phần May Hưng Phát', 'TNHH Cơ khí Tiến Đạt', 'Cổ phần Thực phẩm Minh Châu', 'TNHH Gốm Đông Sơn', 'Cổ phần Vật liệu xây dựng Hồng Hà',
  'TNHH Điện tử Quang Minh', 'Cổ phần Nông sản Thuận Phát', 'TNHH Bao bì An Khang', 'Cổ phần Xây lắp Đại Thành', 'TNHH Dệt Phú Mỹ',
  'Cổ phần Cấp nước Sông Đuống', 'TNHH Chế biến gỗ Kinh Bắc'
];
