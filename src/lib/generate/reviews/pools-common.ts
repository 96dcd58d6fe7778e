/**
 * Sentences every member may write, whatever his or her work: the stock phrases of the form (the
 * same for everybody, on purpose — copy detection must look past them), and pools with slots for
 * the parts that differ from person to person and year to year.
 */
import type { Template, Weakness } from './fill';

/** Stock phrasing nearly every review carries (section I.1). */
export const STOCK_CONDUCT: readonly string[] = [
  'Luôn trung thành với mục tiêu, lý tưởng của Đảng, kiên định chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh và đường lối đổi mới của Đảng.',
  'Chấp hành nghiêm chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước và các quy định của địa phương.',
  'Có lối sống giản dị, lành mạnh, trung thực; không có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hóa".',
  'Giữ mối liên hệ mật thiết với nhân dân nơi cư trú, tích cực tham gia các phong trào thi đua của địa phương.',
  'Chấp hành nghiêm nguyên tắc tập trung dân chủ, tự phê bình và phê bình, giữ gìn đoàn kết nội bộ.',
  'Tham gia sinh hoạt chi bộ đầy đủ, đóng đảng phí đúng quy định.',
  'Thực hiện tốt những điều đảng viên không được làm; bản thân và gia đình chấp hành tốt các quy định của địa phương.',
  'Luôn có ý thức học tập, rèn luyện, nâng cao trình độ lý luận chính trị, chuyên môn, nghiệp vụ.'
];

/** Documents studied in each year (real titles of the period). */
export const STUDIED: Record<number, readonly string[]> = {
  2017: ['Nghị quyết Hội nghị Trung ương 4 khóa XII', 'Chỉ thị số 05-CT/TW của Bộ Chính trị'],
  2018: ['Nghị quyết Hội nghị Trung ương 7 khóa XII về công tác cán bộ', 'Nghị quyết Hội nghị Trung ương 8 khóa XII', 'Quy định số 08-QĐi/TW về trách nhiệm nêu gương của cán bộ, đảng viên', 'Chỉ thị số 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh'],
  2019: ['Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội XIII', 'Nghị quyết Hội nghị Trung ương 10 khóa XII', 'Luật An ninh mạng năm 2018', 'Quy định số 102-QĐ/TW về xử lý kỷ luật đảng viên vi phạm'],
  2020: ['các dự thảo văn kiện trình Đại hội XIII của Đảng', 'Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025', 'Chỉ thị số 15/CT-TTg và các văn bản về phòng, chống dịch COVID-19', 'Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025'],
  2021: ['Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng', 'Kết luận số 21-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị', 'Quy định số 37-QĐ/TW về những điều đảng viên không được làm', 'Chỉ thị số 01-CT/TW về học tập, quán triệt Nghị quyết Đại hội XIII'],
  2022: ['Nghị quyết Hội nghị Trung ương 4 khóa XIII', 'Quy định số 69-QĐ/TW về kỷ luật tổ chức đảng, đảng viên vi phạm', 'Nghị quyết số 21-NQ/TW về tăng cường củng cố, xây dựng tổ chức cơ sở đảng', 'Nghị quyết Hội nghị Trung ương 5 khóa XIII'],
  2023: ['Quy định số 144-QĐ/TW về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên', 'Quy định số 124-QĐ/TW về kiểm điểm và đánh giá, xếp loại chất lượng hằng năm', 'Nghị quyết Hội nghị Trung ương 8 khóa XIII', 'Kết luận số 14-KL/TW về khuyến khích và bảo vệ cán bộ năng động, sáng tạo'],
  2024: ['Quy định số 148-QĐ/TW về thẩm quyền, trách nhiệm của người đứng đầu', 'Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội XIV', 'Nghị quyết Hội nghị Trung ương 10 khóa XIII', 'bài viết "Kỷ nguyên mới - Kỷ nguyên vươn mình của dân tộc" của Tổng Bí thư'],
  2025: ['Nghị quyết số 18-NQ/TW về tiếp tục đổi mới, sắp xếp tổ chức bộ máy tinh gọn', 'Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia', 'Nghị quyết số 66-NQ/TW về đổi mới công tác xây dựng và thi hành pháp luật', 'Nghị quyết số 68-NQ/TW về phát triển kinh tế tư nhân']
};

const HCM_THEMES = [
  'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng Đảng thật sự trong sạch, vững mạnh',
  'Ý chí tự lực, tự cường và khát vọng phát triển đất nước phồn vinh, hạnh phúc',
  'Tăng cường khối đại đoàn kết toàn dân tộc, xây dựng hệ thống chính trị vững mạnh',
  'Nói đi đôi với làm, gần dân, trọng dân, vì dân',
  'Thực hành tiết kiệm, chống lãng phí trong cơ quan, gia đình'
];

const BOOKS = ['Sửa đổi lối làm việc', 'Đường Kách mệnh', 'Di chúc của Chủ tịch Hồ Chí Minh', 'Kiên quyết, kiên trì đấu tranh phòng, chống tham nhũng, tiêu cực', 'Bảo vệ nền tảng tư tưởng của Đảng', 'Đời sống mới'];

/** Section I.1: what each member did for his or her own conduct this year (one per review). */
export const CONDUCT: readonly Template[] = [
  (f) => `Năm ${f.year}, bản thân tham gia đầy đủ ${f.n(10, 12)}/12 buổi sinh hoạt chi bộ thường kỳ và ${f.n(1, 3)} buổi sinh hoạt chuyên đề.`,
  (f) => `Đã học tập, quán triệt ${f.pick(STUDIED[f.year] ?? STUDIED[2025])} và viết bài thu hoạch đạt loại ${f.pick(['khá', 'tốt', 'xuất sắc'])}.`,
  (f) => `Tích cực đấu tranh, phản bác các quan điểm sai trái trên không gian mạng; trong năm chia sẻ ${f.n(12, 60)} bài viết tích cực lên ${f.pick(['nhóm Zalo của chi bộ', 'trang thông tin của Đoàn xã', 'nhóm Zalo khu dân cư', 'trang Facebook của cơ quan'])}.`,
  (f) => `Đăng ký và thực hiện nội dung làm theo Bác năm ${f.year} với chủ đề "${f.pick(HCM_THEMES)}", được chi bộ đánh giá ${f.pick(['hoàn thành', 'hoàn thành tốt'])}.`,
  (f) => `Gia đình ${f.pick(['được công nhận', 'tiếp tục đạt danh hiệu'])} "Gia đình văn hóa" năm ${f.year} (${f.pick(['năm thứ', 'lần thứ'])} ${f.n(2, 15)}); ${f.pick(['các con chăm ngoan, học tập tốt', 'con ' + f.pick(['trai', 'gái']) + ' đạt học sinh giỏi cấp ' + f.pick(['trường', 'huyện']), 'vợ (chồng) tham gia tích cực công tác hội'])}.`,
  (f) => `Tham gia góp ý vào ${f.pick(STUDIED[f.year] ?? STUDIED[2025])} tại buổi hội nghị do chi bộ tổ chức ngày ${f.dm(3, 10)}.`,
  (f) => `Đã đọc, nghiên cứu ${f.n(3, 8)} đầu sách lý luận chính trị, trong đó có cuốn "${f.pick(BOOKS)}", và trao đổi lại trong buổi sinh hoạt ${f.month(4, 10)}.`,
  (f) => `Thường xuyên giữ mối liên hệ với chi ủy nơi cư trú, báo cáo ${f.n(2, 4)} lần trong năm; phiếu nhận xét ngày ${f.dm(10, 11)} của cấp ủy nơi cư trú ghi ${f.pick(['tốt', 'gương mẫu', 'tích cực tham gia các hoạt động của khu dân cư'])}.`,
  (f) => `Không có đơn thư phản ánh, khiếu nại liên quan đến bản thân và gia đình trong năm ${f.year}; đã kê khai ${f.pick(['lý lịch đảng viên bổ sung', 'phiếu bổ sung hồ sơ đảng viên'])} ngày ${f.dm(1, 6)}.`,
  (f) => `Tham gia lớp ${f.pick(['bồi dưỡng lý luận chính trị dành cho đảng viên', 'bồi dưỡng nghiệp vụ công tác đảng', 'bồi dưỡng kiến thức quốc phòng - an ninh đối tượng 4', 'cập nhật kiến thức cho cán bộ, đảng viên'])} do ${f.pick(['Trung tâm Chính trị huyện', 'Đảng ủy', 'Ban Tuyên giáo Huyện ủy'])} tổ chức ${f.month(3, 10)}, kết quả đạt loại ${f.pick(['khá', 'giỏi'])}.`,
  (f) => `Tự giác nêu gương ${f.pick(['trong gia đình và dòng họ', 'ở khu dân cư', 'nơi làm việc'])}, vận động ${f.n(3, 15)} hộ ${f.pick(['thực hiện nếp sống văn minh trong việc cưới, việc tang', 'phân loại rác thải tại nguồn', 'tham gia bảo hiểm y tế', 'không đốt rơm rạ sau thu hoạch'])}.`,
  (f) => `Ủng hộ ${f.n(200, 900)}.000 đồng cho ${f.pick(['Quỹ Vì người nghèo', 'Quỹ Đền ơn đáp nghĩa', 'đồng bào bị thiệt hại do bão lũ', 'Quỹ khuyến học của thôn', 'chương trình xóa nhà tạm, nhà dột nát'])} năm ${f.year}.`,
  (f) => `Tham gia ${f.n(2, 6)} buổi lao động công ích ${f.pick(['dọn vệ sinh đường làng', 'trồng cây xanh tại nhà văn hóa', 'nạo vét kênh mương nội đồng', 'sửa sang nghĩa trang liệt sĩ'])} do ${f.locality} phát động ${f.month(2, 11)} năm ${f.year}.`,
  (f) => `Chấp hành nghiêm sự phân công của chi bộ tại Nghị quyết tháng ${f.n(1, 4)}/${f.year}, đã hoàn thành việc ${f.pick(['theo dõi, giúp đỡ ' + f.n(1, 3) + ' quần chúng ưu tú', 'tiếp xúc, nắm tình hình dư luận ' + f.n(10, 40) + ' hộ', 'thu, nộp đảng phí của tổ đảng ' + f.n(4, 12) + ' kỳ', 'tham gia tổ hòa giải ' + f.n(2, 7) + ' vụ việc'])} ${f.pick(['đúng tiến độ', 'đạt yêu cầu', 'kịp thời'])}.`
];

/** Section I.3: the yearly commitment (cam kết tu dưỡng, rèn luyện). */
export const COMMITMENT: readonly Template[] = [
  (f) => `Thực hiện nghiêm bản cam kết tu dưỡng, rèn luyện, phấn đấu năm ${f.year} đăng ký với chi bộ ngày ${f.dm(1, 3)}; ${f.pick(['các nội dung cam kết cơ bản đều hoàn thành', 'hoàn thành ' + f.n(5, 8) + ' chỉ tiêu đã đăng ký', 'không có nội dung nào bị chi bộ nhắc nhở'])}.`,
  (f) => `Đến ngày ${f.dm(10, 11)}/${f.year} đã hoàn thành ${f.n(4, 6)}/6 nội dung trong bản cam kết đầu năm; ${f.pick(['nội dung còn lại đang tiếp tục thực hiện', 'nội dung về học tập ngoại ngữ chưa đạt', 'nội dung về tin học chưa đạt như mong muốn'])}.`,
  (f) => `Cam kết đầu năm về ${f.pick(['nêu gương trong gia đình', 'tự học nâng cao trình độ', 'tham gia phong trào của địa phương', 'giữ gìn phẩm chất đạo đức'])} đã được thực hiện, chi bộ ghi nhận tại buổi sinh hoạt ngày ${f.dm(6, 11)}.`,
  (f) => `Bản thân đã thực hiện tốt việc tu dưỡng, rèn luyện theo Kế hoạch số ${f.n(10, 120)}-KH/ĐU của Đảng ủy về học tập và làm theo Bác năm ${f.year}.`,
  (f) => `${f.n(3, 6)} nội dung đăng ký làm theo Bác đầu năm ${f.year} đều đã triển khai; ${f.pick(['có sản phẩm cụ thể được chi bộ biểu dương', 'được đánh giá có chuyển biến rõ', 'kết quả được báo cáo tại buổi sinh hoạt ngày ' + f.dm(9, 11)])}.`,
  (f) => `Giữ đúng cam kết ${f.pick(['không vi phạm quy định về nồng độ cồn', 'không tham gia các hoạt động mê tín dị đoan', 'không để người thân lợi dụng vị trí công tác', 'thực hành tiết kiệm, chống lãng phí'])} đã ghi tại mục ${f.n(2, 6)} bản đăng ký đầu năm ${f.year}.`,
  (f) => `Năm ${f.year} đã tự học và hoàn thành ${f.pick(['khóa học kỹ năng số cơ bản', 'chương trình bồi dưỡng ngạch', 'lớp tin học văn phòng', 'chứng chỉ ngoại ngữ bậc 2'])} ${f.month(3, 11)}, sớm hơn ${f.n(1, 3)} tháng so với đăng ký.`,
  (f) => `Thực hiện đúng các nội dung đã cam kết với chi bộ năm ${f.year}, trong đó có việc ${f.pick(['tham gia ' + f.n(4, 11) + ' buổi sinh hoạt tổ dân cư', 'thăm hỏi ' + f.n(2, 8) + ' gia đình chính sách trên địa bàn', 'giúp đỡ ' + f.n(1, 3) + ' hộ khó khăn', 'tham gia ' + f.n(2, 4) + ' buổi tiếp xúc cử tri'])}.`,
  (f) => `Đối chiếu với ${f.n(5, 9)} nội dung cam kết tu dưỡng năm ${f.year}, bản thân tự đánh giá đã thực hiện ${f.pick(['đầy đủ', 'cơ bản đầy đủ', 'nghiêm túc'])}, không có nội dung vi phạm.`,
  (f) => `Đã thực hiện ${f.n(2, 5)} đề xuất, sáng kiến nhỏ như đã cam kết, trong đó ${f.n(1, 2)} đề xuất được đơn vị áp dụng.`
];

/** Section II: weaknesses. Section III of the next year names the topic back. */
export const WEAKNESSES: readonly Weakness[] = [
  { topic: 'việc nghiên cứu văn bản mới', text: (f) => `Việc nghiên cứu, cập nhật các văn bản mới của cấp trên có lúc còn chậm, ${f.pick(['chưa sâu', 'chưa kịp thời', 'chủ yếu qua tài liệu tóm tắt'])}.` },
  { topic: 'tính chiến đấu trong phê bình', text: (f) => `Trong sinh hoạt chi bộ đôi lúc còn ngại va chạm, ${f.pick(['chưa mạnh dạn đóng góp ý kiến', 'phát biểu còn chung chung', 'tính chiến đấu trong phê bình chưa cao'])}.` },
  { topic: 'việc sắp xếp thời gian', text: (f) => `Việc sắp xếp thời gian giữa công việc và gia đình có lúc chưa hợp lý, có ${f.n(1, 3)} buổi sinh hoạt phải xin vắng.` },
  { topic: 'kỹ năng ứng dụng công nghệ thông tin', text: (f) => `Kỹ năng ứng dụng công nghệ thông tin còn hạn chế, ${f.pick(['chưa thành thạo phần mềm quản lý văn bản', 'chưa sử dụng thành thạo dịch vụ công trực tuyến', 'việc khai thác ứng dụng Sổ tay đảng viên điện tử chưa thường xuyên'])}.` },
  { topic: 'việc nắm tình hình dư luận', text: (f) => `Việc nắm bắt tình hình tư tưởng, dư luận trong ${f.pick(['khu dân cư', 'cơ quan', 'tổ đảng'])} có lúc chưa kịp thời để báo cáo chi bộ.` },
  { topic: 'công tác tuyên truyền, vận động', text: (f) => `Công tác tuyên truyền, vận động ${f.pick(['gia đình, họ hàng', 'quần chúng nơi cư trú', 'hội viên'])} thực hiện chủ trương của địa phương có lúc còn hiệu quả chưa cao.` },
  { topic: 'tinh thần tự học', text: () => `Tinh thần tự học, tự nghiên cứu để nâng cao trình độ lý luận chính trị chưa thường xuyên.` },
  { topic: 'việc tham gia sinh hoạt nơi cư trú', text: (f) => `Việc tham gia sinh hoạt tại chi bộ nơi cư trú chưa đều, năm ${f.year} chỉ tham gia được ${f.n(1, 3)} buổi.` },
  { topic: 'tiến độ thực hiện nhiệm vụ', text: (f) => `Có ${f.n(1, 4)} nhiệm vụ được giao còn chậm so với tiến độ, phải gia hạn thời gian thực hiện.` },
  { topic: 'tác phong làm việc', text: (f) => `Tác phong làm việc có lúc còn ${f.pick(['nóng vội', 'chậm chạp', 'chưa khoa học'])}, giải quyết công việc chưa thật linh hoạt.` },
  { topic: 'việc nêu gương', text: (f) => `Việc nêu gương trong ${f.pick(['thực hiện nếp sống văn minh', 'phân loại rác thải tại gia đình', 'chấp hành giờ giấc sinh hoạt'])} đôi lúc chưa thật tốt.` },
  { topic: 'việc đóng góp ý kiến xây dựng', text: () => `Chưa tích cực đóng góp ý kiến xây dựng nghị quyết của chi bộ, còn tâm lý dựa dẫm vào chi ủy.` },
  { topic: 'công tác phối hợp', text: (f) => `Công tác phối hợp với ${f.pick(['các đoàn thể', 'các bộ phận liên quan', 'tổ dân phố', 'ban công tác Mặt trận'])} trong một số việc còn thiếu chặt chẽ.` },
  { topic: 'việc thực hiện cam kết', text: (f) => `Một số nội dung trong bản cam kết tu dưỡng năm ${f.year} chưa thực hiện được, nhất là nội dung về ${f.pick(['học tin học', 'học ngoại ngữ', 'tham gia thể dục thể thao', 'đọc sách lý luận'])}.` },
  { topic: 'việc chấp hành chế độ báo cáo', text: (f) => `Việc chấp hành chế độ báo cáo có ${f.n(1, 3)} lần chưa đúng thời hạn quy định.` },
  { topic: 'việc đôn đốc gia đình', text: (f) => `Việc đôn đốc người thân trong gia đình thực hiện ${f.pick(['nghĩa vụ đóng góp của thôn', 'việc đăng ký tạm trú, tạm vắng', 'quy định về an toàn giao thông'])} có lúc chưa quyết liệt.` },
  { topic: 'việc tham gia phong trào', text: (f) => `Tham gia các phong trào ${f.pick(['văn hóa, văn nghệ', 'thể dục thể thao', 'hiến máu tình nguyện'])} của địa phương còn hạn chế.` },
  { topic: 'chất lượng ý kiến tham mưu', text: () => `Một số ý kiến đề xuất, tham mưu còn thiếu số liệu cụ thể, chất lượng chưa cao.` },
  { topic: 'việc giữ mối liên hệ với nơi cư trú', text: () => `Việc giữ mối liên hệ và báo cáo với chi ủy nơi cư trú đôi lúc chưa thường xuyên.` },
  { topic: 'sức khỏe và thời gian', text: (f) => `Do ${f.pick(['tuổi cao', 'sức khỏe hạn chế', 'điều kiện gia đình'])} nên việc tham gia các hoạt động chung có lúc chưa đầy đủ.` },
  { topic: 'việc quản lý hồ sơ', text: (f) => `Việc sắp xếp, lưu trữ hồ sơ, tài liệu ${f.pick(['chưa khoa học', 'còn thủ công', 'có lúc thất lạc phải bổ sung'])}.` },
  { topic: 'tinh thần đổi mới, sáng tạo', text: () => `Tính chủ động, sáng tạo trong thực hiện nhiệm vụ chưa cao, còn làm theo nếp cũ.` },
  { topic: 'việc thực hành tiết kiệm', text: (f) => `Việc thực hành tiết kiệm ${f.pick(['điện, nước nơi làm việc', 'văn phòng phẩm', 'thời gian hội họp'])} có lúc chưa thật nghiêm.` },
  { topic: 'việc theo dõi quần chúng', text: (f) => `Việc theo dõi, giúp đỡ ${f.pick(['quần chúng ưu tú', 'đoàn viên thanh niên', 'đảng viên mới'])} được phân công còn chưa sâu sát.` },
  { topic: 'kỹ năng nói trước đông người', text: () => `Kỹ năng trình bày, thuyết phục trước hội nghị còn hạn chế, phát biểu chưa thật mạch lạc.` },
  { topic: 'việc kiểm tra, đôn đốc', text: (f) => `Việc kiểm tra, đôn đốc ${f.pick(['các hộ dân', 'tổ viên', 'bộ phận được phân công'])} thực hiện các nội dung đã thống nhất chưa thường xuyên.` },
  { topic: 'việc nắm địa bàn', text: (f) => `Chưa nắm chắc tình hình ${f.pick(['các hộ có hoàn cảnh khó khăn', 'số người đi làm ăn xa', 'các hộ chưa tham gia bảo hiểm y tế'])} trên địa bàn được phân công.` },
  { topic: 'việc chấp hành giờ giấc', text: (f) => `Việc chấp hành giờ giấc ${f.pick(['sinh hoạt chi bộ', 'làm việc', 'hội họp'])} có ${f.n(1, 3)} lần đến muộn.` },
  { topic: 'việc học tập nghị quyết', text: () => `Việc vận dụng nội dung nghị quyết đã học vào thực tiễn công việc còn lúng túng.` },
  { topic: 'việc phát hiện vướng mắc', text: () => `Việc phát hiện, đề xuất tháo gỡ khó khăn, vướng mắc ở cơ sở chưa kịp thời.` },
  { topic: 'tinh thần trách nhiệm với việc chung', text: (f) => `Đôi khi còn ngại tham gia ${f.pick(['các công việc chung của thôn', 'trực tết, trực lễ', 'các đợt ra quân của địa phương'])}.` },
  { topic: 'việc tự phê bình', text: () => `Việc tự phê bình chưa sâu, đôi lúc còn nể nang, né tránh khi nhận xét đồng chí, đồng nghiệp.` },
  { topic: 'ngoại ngữ, tin học', text: (f) => `Trình độ ${f.pick(['ngoại ngữ', 'tin học', 'ngoại ngữ và tin học'])} chưa đáp ứng yêu cầu nhiệm vụ trong tình hình mới.` },
  { topic: 'việc lắng nghe ý kiến', text: () => `Có lúc chưa thật sự lắng nghe ý kiến góp ý của quần chúng, giải thích chưa thấu đáo.` },
  { topic: 'kinh tế gia đình', text: (f) => `Việc phát triển kinh tế gia đình ${f.pick(['còn gặp khó khăn, thu nhập chưa ổn định', 'chưa mạnh dạn chuyển đổi cây trồng', 'còn phụ thuộc vào sản xuất nhỏ'])}.` },
  { topic: 'nghiệp vụ chuyên môn', text: (f) => `Kiến thức nghiệp vụ về ${f.pick(['quy định mới của Luật Đất đai năm 2024', 'thủ tục hành chính mới', 'chế độ tài chính', 'công tác văn thư, lưu trữ'])} chưa được cập nhật đầy đủ.` }
];

/**
 * A concrete instance appended to a weakness ("…, thể hiện rõ trong đợt rà soát hộ nghèo tháng 9"):
 * what makes one member's section II his or her own.
 */
export const WEAKNESS_DETAILS: readonly Template[] = [
  (f) => `thể hiện rõ trong đợt ${f.pick(['rà soát hộ nghèo', 'thu quỹ phòng, chống thiên tai', 'tổng vệ sinh môi trường', 'rà soát hồ sơ đảng viên', 'chuẩn bị đại hội chi bộ', 'kiểm tra cuối năm'])} ${f.month()} năm ${f.year}`,
  (f) => `nhất là vào ${f.pick(['cuối quý II', 'thời điểm thu hoạch vụ mùa', 'dịp trước Tết Nguyên đán', 'đợt mưa lũ tháng ' + f.n(7, 10), 'tháng cao điểm cải cách hành chính'])}`,
  (f) => `đã được chi ủy nhắc nhở tại buổi sinh hoạt ngày ${f.dm()}`,
  (f) => `làm ảnh hưởng đến kết quả chung của ${f.pick(['tổ đảng', 'tổ công tác', 'tổ liên gia', 'bộ phận'])} số ${f.n(1, 6)}`,
  (f) => `như khi triển khai Kế hoạch số ${f.n(12, 180)}-KH/${f.pick(['ĐU', 'CB', 'HU', 'UBND'])} ngày ${f.dm()}`,
  (f) => `có ${f.n(2, 5)} lần được đồng chí ${f.pick(['tổ trưởng tổ đảng', 'bí thư chi bộ', 'phó bí thư chi bộ'])} góp ý trực tiếp`,
  (f) => `trong đó có việc liên quan đến ${f.pick(['hồ sơ của ' + f.n(2, 9) + ' hộ gia đình', 'báo cáo sơ kết 6 tháng', 'danh sách cử tri', 'kế hoạch tuyên truyền tháng ' + f.n(1, 12), 'số liệu thống kê quý ' + f.pick(['I', 'II', 'III'])])}`,
  (f) => `chưa đạt yêu cầu đề ra trong nghị quyết của chi bộ tháng ${f.n(1, 10)}/${f.year}`,
  (f) => `dẫn đến ${f.n(1, 4)} việc phải làm lại, mất thêm khoảng ${f.n(2, 12)} ngày`,
  (f) => `mặc dù đã tự đặt mục tiêu khắc phục trong ${f.pick(['quý I', '6 tháng đầu năm', 'tháng ' + f.n(2, 8)])}`,
  (f) => `đặc biệt ở ${f.pick(['cuộc họp tổ dân cư ngày ' + f.dm(), 'hội nghị sơ kết giữa năm', 'buổi làm việc với đoàn kiểm tra ngày ' + f.dm(), 'đợt sinh hoạt chuyên đề quý ' + f.pick(['II', 'III'])])}`,
  (f) => `được ${f.n(2, 6)} đồng chí góp ý trong buổi lấy ý kiến ${f.pick(['nơi cư trú', 'đồng nghiệp', 'tổ đảng'])} ${f.month(9, 11)}`,
  (f) => `so với năm ${f.prev} chưa có chuyển biến rõ`,
  (f) => `khiến việc ${f.pick(['tổng hợp số liệu', 'báo cáo kết quả', 'bàn giao công việc', 'vận động các hộ'])} bị chậm ${f.n(2, 10)} ngày`,
  (f) => `ví dụ như việc ${f.pick(['nộp báo cáo tháng ' + f.n(3, 11), 'tham dự hội nghị ngày ' + f.dm(), 'triển khai văn bản số ' + f.n(100, 999) + '/UBND'])}`,
  (f) => `tồn tại từ ${f.pick(['đầu năm', 'quý II', 'khi nhận nhiệm vụ mới', 'tháng ' + f.n(2, 9)])} đến nay chưa khắc phục xong`
];

/** "Kỹ năng … còn hạn chế." + detail → "Kỹ năng … còn hạn chế, thể hiện rõ …." */
export function withDetail(sentence: string, detail: string): string {
  return `${sentence.replace(/[.]$/, '')}, ${detail}.`;
}

/** The causes, after the weaknesses. */
export const CAUSES: readonly Template[] = [
  (f) => `Nguyên nhân chủ yếu là do chủ quan, bản thân ${f.pick(['chưa dành nhiều thời gian cho việc tự học', 'chưa thật sự quyết tâm khắc phục', 'có lúc còn chủ quan, thỏa mãn'])}.`,
  (f) => `Nguyên nhân khách quan là khối lượng công việc năm ${f.year} ${f.pick(['tăng khoảng ' + f.n(15, 40) + '%', 'lớn, có ' + f.n(3, 12) + ' việc đột xuất', 'dồn vào ' + f.pick(['quý IV', 'tháng 11', 'tháng 12']) + ' với ' + f.n(3, 9) + ' đợt cao điểm'])}; nguyên nhân chủ quan là việc sắp xếp thời gian chưa khoa học.`,
  () => `Nguyên nhân do tuổi cao, sức khỏe giảm sút, việc đi lại còn khó khăn.`,
  (f) => `Nguyên nhân một phần do ${f.pick(['điều kiện gia đình còn khó khăn', 'có con nhỏ', 'bố mẹ già yếu cần chăm sóc'])}, phần khác do bản thân chưa nỗ lực hết mức.`,
  () => `Nguyên nhân chủ yếu do nhận thức của bản thân về một số nội dung chưa đầy đủ, việc tự nghiên cứu chưa thường xuyên.`,
  (f) => `Nguyên nhân do ${f.pick(['đơn vị thiếu người', 'thời gian công tác tại vị trí mới chưa nhiều', 'nhiều văn bản mới ban hành trong thời gian ngắn'])}, bản thân chưa kịp thích ứng.`,
  () => `Nguyên nhân là do tính cách còn ngại va chạm, sợ mất lòng.`,
  (f) => `Nguyên nhân chủ quan là bản thân chưa chủ động ${f.pick(['học hỏi đồng nghiệp', 'xin ý kiến chi ủy', 'lập kế hoạch công việc theo tuần'])}.`,
  () => `Nguyên nhân do việc tự kiểm tra, tự rà soát công việc của bản thân chưa được thực hiện thường xuyên.`,
  (f) => `Nguyên nhân khách quan do ảnh hưởng của ${f.pick(['dịch bệnh', 'thời tiết bất thường', 'việc sắp xếp lại bộ máy', 'việc thay đổi vị trí công tác'])}; nguyên nhân chủ quan do bản thân chưa nỗ lực đúng mức.`,
  () => `Nguyên nhân một phần do điều kiện kinh tế gia đình, một phần do bản thân chưa mạnh dạn.`,
  (f) => `Về nguyên nhân, bản thân nhận thấy chủ yếu là do ${f.pick(['thiếu kế hoạch cá nhân cụ thể', 'chưa tranh thủ sự giúp đỡ của chi bộ', 'còn tâm lý an phận'])}.`,
  () => `Nguyên nhân do kinh nghiệm công tác còn ít, kỹ năng xử lý tình huống chưa nhiều.`,
  () => `Nguyên nhân do bản thân còn ôm đồm nhiều việc, chưa biết phân bổ thời gian hợp lý.`
];

/** Section III: what was done about last year's weaknesses; `topic` names them. */
export const REMEDIES: readonly ((topic: string, prevYear: number) => Template)[] = [
  (topic, y) => (f) => `Đối với hạn chế về ${topic} đã được chi bộ chỉ ra năm ${y}, bản thân đã ${f.pick(['xây dựng kế hoạch khắc phục', 'chủ động điều chỉnh', 'tranh thủ sự giúp đỡ của đồng chí bí thư chi bộ'])}, đến nay cơ bản đã khắc phục.`,
  (topic, y) => (f) => `Hạn chế về ${topic} nêu trong kiểm điểm năm ${y} đã khắc phục được ${f.pick(['một phần', 'phần lớn', 'cơ bản'])}; ${f.pick(['sẽ tiếp tục thực hiện trong năm tới', 'chi bộ đã ghi nhận chuyển biến', 'còn một số việc cần tiếp tục khắc phục'])}.`,
  (topic, y) => (f) => `Sau kỳ kiểm điểm năm ${y}, bản thân đã tập trung khắc phục ${topic}; ${f.pick(['kết quả có chuyển biến rõ', 'đến nay không còn bị nhắc nhở', 'được chi bộ đánh giá đã khắc phục'])}.`,
  (topic, y) => (f) => `Những hạn chế được chỉ ra năm ${y}, nhất là về ${topic}, đã được khắc phục bằng việc ${f.pick(['lập sổ theo dõi công việc', 'dành thời gian tự học buổi tối', 'chủ động trao đổi với đồng nghiệp', 'thực hiện nghiêm kế hoạch cá nhân'])}.`,
  (topic, y) => () => `Về ${topic} mà kỳ kiểm điểm năm ${y} đã nêu, bản thân đã nghiêm túc tiếp thu và có biện pháp khắc phục cụ thể.`,
  (topic, y) => (f) => `Chi bộ đã góp ý về ${topic} tại kỳ kiểm điểm năm ${y}; trong năm bản thân đã khắc phục và ${f.pick(['không để tái diễn', 'báo cáo kết quả với chi ủy', 'có tiến bộ rõ rệt'])}.`,
  (topic, y) => (f) => `Hạn chế về ${topic} của năm ${y} đã được khắc phục từ ${f.month(3, 9)}; tuy nhiên ${f.pick(['vẫn cần tiếp tục cố gắng', 'kết quả chưa thật bền vững', 'còn chậm so với yêu cầu'])}.`,
  (topic, y) => (f) => `Thực hiện kế hoạch khắc phục sau kiểm điểm năm ${y}, bản thân đã ${f.pick(['sắp xếp lại thời gian', 'tham gia lớp bồi dưỡng', 'nhờ đồng chí đảng viên kèm cặp'])} để khắc phục ${topic}.`
];

/** Section IV. */
export const EXPLANATIONS: readonly Template[] = [
  () => 'Không có vấn đề được gợi ý kiểm điểm.',
  () => 'Bản thân không được gợi ý kiểm điểm.',
  (f) => `Về ý kiến gợi ý của chi ủy đối với việc ${f.pick(['vắng sinh hoạt', 'chậm nộp bản kiểm điểm năm trước', 'phản ánh của người dân về việc xây tường rào'])}, bản thân xin giải trình: ${f.pick(['do đi công tác đột xuất, đã báo cáo chi ủy', 'do ốm phải điều trị tại bệnh viện', 'đã làm việc với các hộ liền kề và thống nhất phương án'])}.`,
  () => 'Không có nội dung gợi ý kiểm điểm đối với cá nhân.'
];

/** Section V for a member without a post. */
export const RESPONSIBILITY_MEMBER: readonly Template[] = [
  () => 'Không.',
  () => 'Là đảng viên, bản thân cùng chịu trách nhiệm với những hạn chế chung của chi bộ đã nêu trong báo cáo kiểm điểm của chi bộ.',
  (f) => `Bản thân có một phần trách nhiệm trong hạn chế của chi bộ về ${f.pick(['tỷ lệ đảng viên tham gia sinh hoạt', 'công tác phát triển đảng viên', 'chất lượng sinh hoạt chuyên đề', 'công tác tuyên truyền'])}.`
];

/** Section V for a leader. */
export const RESPONSIBILITY_LEADER: readonly Template[] = [
  (f) => `Với cương vị ${f.title}, bản thân chịu trách nhiệm chính đối với hạn chế của tập thể về ${f.pick(['tiến độ giải ngân vốn đầu tư công', 'công tác cải cách hành chính', 'việc giải quyết đơn thư tồn đọng', 'thu ngân sách chưa đạt kế hoạch'])}.`,
  (f) => `Bản thân chịu trách nhiệm người đứng đầu đối với ${f.pick([f.n(2, 4) + ' chỉ tiêu chưa đạt', 'hạn chế trong công tác phối hợp với ' + f.n(2, 5) + ' đơn vị', 'chậm trễ trong triển khai ' + f.n(2, 6) + ' nhiệm vụ'])} đã nêu trong báo cáo kiểm điểm của tập thể năm ${f.year}.`,
  (f) => `Trong lĩnh vực được phân công phụ trách năm ${f.year}, bản thân chịu trách nhiệm về việc ${f.pick(['còn để xảy ra vi phạm trật tự xây dựng', 'kiểm tra, giám sát chưa thường xuyên', 'chưa hoàn thành chỉ tiêu về thu ngân sách', 'chậm ban hành văn bản hướng dẫn'])}.`,
  (f) => `Là thành viên tập thể lãnh đạo, bản thân cùng chịu trách nhiệm với ${f.n(2, 4)} hạn chế của tập thể năm ${f.year}, trong đó có hạn chế về ${f.pick(['giải ngân vốn', 'cải cách hành chính', 'quản lý đất đai', 'thu ngân sách', 'chuyển đổi số'])} thuộc lĩnh vực phụ trách.`
];

/** Section VI. */
export const DIRECTIONS: readonly Template[] = [
  (f) => `Năm ${f.next}, bản thân tiếp tục học tập, nghiên cứu các văn bản mới, ${f.pick(['dành ít nhất ' + f.n(2, 4) + ' buổi mỗi tuần cho việc tự học', 'ghi chép sổ tay đầy đủ, báo cáo chi bộ vào ' + f.month(4, 10), 'chủ động trao đổi trong ' + f.n(2, 6) + ' buổi sinh hoạt chi bộ'])}.`,
  () => 'Nâng cao tính chiến đấu trong tự phê bình và phê bình, mạnh dạn đóng góp ý kiến xây dựng chi bộ.',
  (f) => `Xây dựng kế hoạch công việc theo ${f.pick(['tuần', 'tháng', 'quý'])} từ ${f.month(1, 3)} năm ${f.next}, bảo đảm hoàn thành ${f.n(90, 100)}% nhiệm vụ đúng tiến độ.`,
  (f) => `Phấn đấu năm ${f.next} hoàn thành ${f.pick(['tốt', 'xuất sắc'])} nhiệm vụ được giao, giảm số việc chậm tiến độ xuống dưới ${f.n(1, 3)} việc.`,
  (f) => `Tham gia đầy đủ sinh hoạt tại chi bộ nơi cư trú, ${f.pick(['báo cáo định kỳ với chi ủy', 'gương mẫu trong các phong trào của khu dân cư', 'nắm chắc tình hình dư luận'])}.`,
  (f) => `Học và sử dụng thành thạo ${f.pick(['phần mềm quản lý văn bản', 'dịch vụ công trực tuyến', 'ứng dụng Sổ tay đảng viên điện tử', 'ứng dụng VNeID'])} trước ngày ${f.dm(2, 6)}/${f.next}.`,
  () => 'Sắp xếp thời gian hợp lý giữa công việc chung và gia đình.',
  (f) => `Tăng cường phối hợp với ${f.pick(['các đoàn thể', 'đồng nghiệp', 'ban công tác Mặt trận', 'các hộ gia đình'])} ${f.place}, ${f.pick(['họp trao đổi', 'nắm tình hình'])} ít nhất ${f.n(1, 3)} lần mỗi quý năm ${f.next}.`,
  (f) => `Đăng ký ${f.pick(['học lớp trung cấp lý luận chính trị', 'tham gia khóa bồi dưỡng chuyên môn', 'học chứng chỉ tin học'])} khai giảng ${f.month(2, 9)} năm ${f.next}.`,
  () => 'Tiếp tục tu dưỡng, rèn luyện phẩm chất đạo đức, lối sống, giữ gìn tư cách đảng viên.',
  (f) => `Chủ động đề xuất với chi bộ ${f.pick(['giải pháp nâng cao chất lượng sinh hoạt', 'nội dung sinh hoạt chuyên đề', 'biện pháp vận động nhân dân'])} tại kỳ sinh hoạt ${f.month(1, 6)} năm ${f.next}.`,
  (f) => `Năm ${f.next} vận động gia đình và ${f.n(3, 10)} hộ liền kề ở ${f.place} thực hiện tốt ${f.pick(['quy ước của thôn', 'việc phân loại rác thải', 'các quy định về an toàn giao thông', 'phong trào hiến đất làm đường'])}.`,
  () => 'Kiên quyết khắc phục dứt điểm những hạn chế đã nêu, không để tái diễn.',
  (f) => `Lập sổ theo dõi việc khắc phục ${f.n(2, 3)} hạn chế đã nêu, báo cáo chi ủy vào ${f.pick(['giữa năm', 'cuối quý II', 'kỳ sinh hoạt tháng 6'])} năm ${f.next}.`,
  (f) => `Phấn đấu hoàn thành ${f.n(2, 4)} đề xuất, sáng kiến cải tiến ${f.pick(['quy trình', 'cách làm', 'biểu mẫu', 'cách phối hợp'])} trong công việc trước ${f.month(6, 11)} năm ${f.next}.`,
  () => 'Thường xuyên tự kiểm tra, rà soát việc thực hiện nhiệm vụ của bản thân.',
  (f) => `Tham gia tích cực phong trào ${f.pick(['"Toàn dân đoàn kết xây dựng đời sống văn hóa"', '"Chung tay xây dựng nông thôn mới"', '"Dân vận khéo"', 'thi đua yêu nước'])} năm ${f.next} với ít nhất ${f.n(2, 6)} việc làm cụ thể.`,
  () => 'Lắng nghe ý kiến góp ý của quần chúng, giải thích thấu đáo, tạo đồng thuận.',
  () => 'Chủ động nghiên cứu quy định mới để tham mưu, thực hiện đúng, đủ.',
  (f) => `Giữ vững danh hiệu gia đình văn hóa năm ${f.next}, vận động ${f.n(2, 9)} hộ ${f.pick(['cùng ngõ', 'trong tổ liên gia', 'trong dòng họ'])} cùng đăng ký.`
];

/** Section VII, by level rank (the form's wording). */
export const LEVEL_TEXT: Record<number, string> = {
  4: 'Hoàn thành xuất sắc nhiệm vụ',
  3: 'Hoàn thành tốt nhiệm vụ',
  2: 'Hoàn thành nhiệm vụ',
  1: 'Không hoàn thành nhiệm vụ'
};
