/**
 * Section I.2 ("thực hiện chức trách, nhiệm vụ được giao"): concrete work, with numbers, places,
 * projects and dates, by role family. The substance that makes one honest review unlike another.
 */
import type { RoleFamily } from '../roles';
import type { Template } from './fill';

const CROPS = ['lúa chất lượng cao', 'ngô ngọt', 'rau an toàn', 'cà rốt', 'dưa lưới trong nhà màng', 'bưởi diễn', 'nhãn lồng', 'khoai tây', 'đậu tương', 'su hào xuất khẩu', 'hoa cúc', 'chuối tiêu hồng'];
const ANIMALS = ['lợn nái', 'gà thả vườn', 'bò vỗ béo', 'vịt đẻ', 'cá rô phi đơn tính', 'ong mật'];
const ROADS = ['đường trục thôn', 'đường ngõ xóm', 'đường ra đồng', 'kênh mương nội đồng', 'rãnh thoát nước khu dân cư'];
const SUBJECTS = ['Toán', 'Ngữ văn', 'Tiếng Anh', 'Vật lý', 'Hóa học', 'Sinh học', 'Lịch sử', 'Địa lý', 'Tin học', 'Giáo dục công dân', 'Công nghệ', 'Mĩ thuật'];
const GRADES = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'];
const PROJECTS = ['nâng cấp đường huyện ĐH.03', 'xây dựng trường mầm non trung tâm', 'cải tạo kênh tiêu Bắc Hưng', 'khu tái định cư phía Nam', 'cụm công nghiệp làng nghề', 'nhà văn hóa trung tâm', 'chợ nông thôn', 'trạm bơm tiêu úng', 'khu dân cư mới', 'hệ thống chiếu sáng đường trục'];
const PROCEDURES = ['chứng thực bản sao', 'đăng ký khai sinh', 'cấp giấy chứng nhận quyền sử dụng đất', 'đăng ký kết hôn', 'xác nhận hộ nghèo', 'cấp phép xây dựng', 'chuyển mục đích sử dụng đất'];

const GENERIC: readonly Template[] = [
  (f) => `Tham gia ${f.n(2, 5)} đợt tuyên truyền, vận động nhân dân ${f.pick(['thực hiện dự án ' + f.pick(PROJECTS), 'hiến đất mở rộng ' + f.pick(ROADS), 'tham gia bảo hiểm y tế hộ gia đình', 'phòng, chống dịch bệnh'])} trong năm ${f.year}.`,
  (f) => `Được ${f.pick(['Ủy ban nhân dân xã', 'Ủy ban nhân dân huyện', 'Đảng ủy', 'Ban Chỉ đạo nông thôn mới'])} tặng giấy khen vì có thành tích trong ${f.pick(['phong trào thi đua yêu nước', 'xây dựng nông thôn mới', 'công tác phòng, chống dịch', 'tổng kết 10 năm thực hiện Chỉ thị 05'])} năm ${f.year}.`,
  (f) => `Đóng góp ${f.n(1, 12)} triệu đồng và ${f.n(2, 20)} ngày công cho việc ${f.pick(['xây dựng nhà văn hóa', 'làm ' + f.pick(ROADS), 'tu bổ đình làng', 'lắp đặt camera an ninh'])} của địa phương.`,
  (f) => `Tham gia tổ ${f.pick(['hòa giải', 'an ninh xung kích', 'tự quản về môi trường', 'phòng, chống thiên tai'])} ${f.place}, góp phần giải quyết ${f.n(2, 9)} vụ việc ngay tại cơ sở.`,
  (f) => `Tham gia bầu cử ${f.pick(['đại biểu Quốc hội và đại biểu HĐND các cấp', 'trưởng thôn nhiệm kỳ mới', 'chi ủy nhiệm kỳ mới'])} ${f.pick(['với tư cách thành viên tổ bầu cử', 'và vận động gia đình đi bầu đúng giờ'])}.`,
  (f) => `Năm ${f.year} vận động được ${f.n(2, 14)} hộ ${f.pick(['ở ' + f.place, 'trong khu dân cư', 'trong dòng họ'])} tham gia ${f.pick(['bảo hiểm xã hội tự nguyện', 'bảo hiểm y tế', 'cài đặt ứng dụng VNeID', 'thanh toán không dùng tiền mặt'])}, vượt chỉ tiêu chi bộ giao.`
];

const VILLAGE: readonly Template[] = [
  (f) => `Gia đình canh tác ${f.n(3, 12)} sào ${f.pick(CROPS)}, năng suất đạt ${f.n(55, 72)} tạ/ha, thu nhập khoảng ${f.n(60, 240)} triệu đồng/năm.`,
  (f) => `Mạnh dạn chuyển ${f.n(2, 6)} sào ruộng trũng sang mô hình ${f.pick(['lúa - cá', 'trồng ' + f.pick(CROPS), 'nuôi ' + f.pick(ANIMALS)])}, hiệu quả cao gấp ${f.n(2, 4)} lần trồng lúa.`,
  (f) => `Duy trì chăn nuôi ${f.n(5, 60)} con ${f.pick(ANIMALS)}, thực hiện tiêm phòng đầy đủ theo lịch của thú y xã, không để dịch bệnh xảy ra.`,
  (f) => `Tham gia Ban công tác Mặt trận ${f.place}, vận động ${f.n(8, 40)} hộ hiến ${f.n(60, 900)} m² đất mở rộng ${f.pick(ROADS)}.`,
  (f) => `Là thành viên tổ hòa giải ${f.place}, năm ${f.year} tham gia hòa giải thành ${f.n(2, 7)}/${f.n(7, 9)} vụ việc tranh chấp đất đai, mâu thuẫn gia đình.`,
  (f) => `Tham gia Hội Người cao tuổi, ${f.pick(['câu lạc bộ thơ', 'câu lạc bộ dưỡng sinh', 'đội văn nghệ'])} của ${f.place} với ${f.n(12, 40)} hội viên; năm ${f.year} vận động con cháu ${f.pick(['đóng góp ' + f.n(1, 5) + ' triệu đồng quỹ khuyến học', 'tham gia hiến máu', 'xây dựng gia đình văn hóa'])}.`,
  (f) => `Giúp đỡ ${f.n(1, 4)} hộ ${f.pick(['cận nghèo', 'có hoàn cảnh khó khăn', 'gia đình chính sách'])} trong thôn về ${f.pick(['giống cây trồng', 'con giống', 'ngày công sửa nhà', 'vốn vay không lãi'])}, đến nay ${f.pick(['đã thoát nghèo', 'đã ổn định cuộc sống', 'kinh tế có chuyển biến'])}.`,
  (f) => `Hộ kinh doanh ${f.pick(['tạp hóa', 'vật liệu xây dựng', 'dịch vụ nông nghiệp', 'chế biến nông sản', 'xay xát'])} của gia đình nộp thuế đầy đủ, tạo việc làm cho ${f.n(1, 6)} lao động địa phương.`,
  (f) => `Tham gia lớp tập huấn ${f.pick(['kỹ thuật trồng ' + f.pick(CROPS), 'phòng bệnh cho ' + f.pick(ANIMALS), 'sản xuất theo tiêu chuẩn VietGAP', 'sử dụng thuốc bảo vệ thực vật an toàn'])} do ${f.pick(['Hội Nông dân xã', 'Trạm Khuyến nông huyện', 'Hợp tác xã'])} tổ chức ${f.month(2, 10)}.`,
  (f) => `Là tổ trưởng tổ liên gia ${f.place}, đã nắm chắc tình hình ${f.n(12, 30)} hộ, kịp thời báo cáo ${f.n(1, 4)} vụ việc phức tạp với chi bộ.`,
  (f) => `Tham gia đội tự quản đường làng ngõ xóm, cùng các hộ trồng ${f.n(50, 400)} m ${f.pick(['hàng rào cây xanh', 'đường hoa', 'hàng cây bóng mát'])} dọc ${f.pick(ROADS)}.`,
  (f) => `Tham gia vận động ${f.n(3, 15)} thanh niên trong thôn lên đường nhập ngũ và ${f.n(1, 5)} quần chúng ưu tú học lớp cảm tình Đảng.`,
  (f) => `Là chi hội trưởng ${f.pick(['Hội Cựu chiến binh', 'Hội Nông dân', 'Hội Phụ nữ', 'Hội Người cao tuổi'])} ${f.place}, tổ chức ${f.n(4, 12)} buổi sinh hoạt, kết nạp thêm ${f.n(2, 11)} hội viên mới.`,
  (f) => `Trong đợt mưa bão ${f.month(7, 10)}, tham gia ${f.n(2, 6)} ngày chằng chống nhà cửa, tiêu úng cho ${f.n(8, 40)} mẫu lúa của thôn.`,
  (f) => `Phối hợp với công an viên tuần tra ${f.n(6, 30)} đêm, góp phần giữ ổn định an ninh trật tự ${f.place} dịp ${f.pick(['Tết Nguyên đán', 'lễ hội đầu xuân', 'bầu cử', 'mùa thu hoạch'])}.`,
  (f) => `Tham gia giám sát thi công công trình ${f.pick(ROADS)} dài ${f.n(150, 1500)} m của ${f.place} với tư cách thành viên Ban giám sát đầu tư cộng đồng, phát hiện và kiến nghị ${f.n(1, 4)} nội dung.`,
  (f) => `Vụ ${f.pick(['chiêm xuân', 'mùa'])} năm ${f.year} vận động ${f.n(5, 30)} hộ ký cam kết không đốt rơm rạ, thu gom vỏ bao bì thuốc bảo vệ thực vật đúng nơi quy định.`,
  (f) => `Góp ý ${f.n(2, 8)} nội dung vào quy ước ${f.place} sửa đổi năm ${f.year}, trong đó có nội dung về ${f.pick(['việc cưới, việc tang', 'vệ sinh môi trường', 'quản lý chăn nuôi', 'trật tự xây dựng'])}.`,
  (f) => `Nhận chăm sóc ${f.pick(['phần mộ liệt sĩ', 'cây xanh khu nhà văn hóa', 'bồn hoa đầu ngõ', 'khu vui chơi trẻ em'])} của ${f.place} theo sự phân công của chi bộ từ ${f.month(1, 6)} năm ${f.year}, mỗi tháng ${f.n(2, 5)} buổi.`,
  (f) => `Tham gia tổ dịch vụ của hợp tác xã, phụ trách điều tiết nước tưới cho ${f.n(10, 60)} mẫu ruộng vụ ${f.pick(['chiêm xuân', 'mùa', 'đông'])}.`,
  (f) => `Nhân dịp ${f.pick(['ngày Thương binh - Liệt sĩ 27/7', 'Tết Nguyên đán', 'ngày Quốc khánh 2/9'])}, cùng chi hội thăm hỏi ${f.n(4, 18)} gia đình chính sách trong thôn.`,
  (f) => `Cải tạo ${f.n(200, 1200)} m² vườn tạp thành vườn ${f.pick(['bưởi', 'nhãn', 'ổi', 'rau màu'])}, góp phần hoàn thành tiêu chí vườn mẫu của thôn.`
];

const TEACHER: readonly Template[] = [
  (f) => `Giảng dạy môn ${f.pick(SUBJECTS)} các lớp ${f.pick(GRADES)}A${f.n(1, 5)}, ${f.pick(GRADES)}A${f.n(1, 5)}; tỷ lệ học sinh đạt yêu cầu ${f.dec(95, 100)}%, trong đó khá, giỏi ${f.dec(48, 80)}%.`,
  (f) => `Làm chủ nhiệm lớp ${f.pick(GRADES)}A${f.n(1, 6)} sĩ số ${f.n(32, 45)} em; cuối năm học lớp đạt danh hiệu ${f.pick(['tập thể lớp tiên tiến', 'lớp xuất sắc', 'chi đội mạnh'])}.`,
  (f) => `Bồi dưỡng học sinh giỏi môn ${f.pick(SUBJECTS)}, có ${f.n(1, 6)} em đạt giải cấp ${f.pick(['huyện', 'tỉnh'])} năm học ${f.prev} - ${f.year}.`,
  (f) => `Viết sáng kiến kinh nghiệm "${f.pick(['Một số biện pháp nâng cao kỹ năng đọc hiểu', 'Ứng dụng trò chơi học tập trong dạy ' + f.pick(SUBJECTS), 'Đổi mới sinh hoạt tổ chuyên môn theo nghiên cứu bài học', 'Phối hợp với cha mẹ học sinh trong giáo dục kỹ năng sống'])}", được Hội đồng khoa học ${f.pick(['ngành', 'huyện'])} xếp loại ${f.pick(['B', 'A', 'C'])}.`,
  (f) => `Thực hiện chương trình giáo dục phổ thông 2018 đối với lớp ${f.pick(GRADES)}, soạn ${f.n(20, 70)} kế hoạch bài dạy theo hướng phát triển năng lực.`,
  (f) => `Dự giờ ${f.n(12, 30)} tiết, thao giảng ${f.n(2, 6)} tiết; tiết thao giảng ${f.month(10, 12)} được tổ chuyên môn xếp loại ${f.pick(['giỏi', 'khá'])}.`,
  (f) => `Tham gia hội thi giáo viên dạy giỏi cấp ${f.pick(['trường', 'huyện', 'tỉnh'])} năm học ${f.prev} - ${f.year}, đạt ${f.pick(['giải khuyến khích', 'giải ba', 'danh hiệu giáo viên dạy giỏi'])}.`,
  (f) => `Phụ đạo ${f.n(3, 12)} học sinh yếu kém môn ${f.pick(SUBJECTS)}, cuối năm ${f.n(2, 10)} em đạt yêu cầu lên lớp.`,
  (f) => `Ứng dụng công nghệ thông tin trong giảng dạy, xây dựng ${f.n(8, 40)} bài giảng điện tử và kho ${f.n(100, 600)} câu hỏi trắc nghiệm môn ${f.pick(SUBJECTS)}.`,
  (f) => `Là tổ trưởng tổ ${f.pick(['Khoa học tự nhiên', 'Khoa học xã hội', 'chuyên môn khối ' + f.pick(GRADES), 'Ngoại ngữ - Tin học'])}, tổ chức ${f.n(8, 18)} buổi sinh hoạt chuyên môn theo nghiên cứu bài học.`,
  (f) => `Tham gia công tác ${f.pick(['coi thi tốt nghiệp THPT', 'chấm thi tuyển sinh vào lớp 10', 'tuyển sinh đầu cấp', 'phổ cập giáo dục'])} năm ${f.year}, đảm bảo nghiêm túc, đúng quy chế.`,
  (f) => `Vận động cha mẹ học sinh ủng hộ ${f.n(5, 40)} triệu đồng ${f.pick(['mua sắm thiết bị dạy học', 'xây dựng thư viện xanh', 'hỗ trợ học sinh khó khăn', 'cải tạo sân chơi'])}.`,
  (f) => `Phụ trách câu lạc bộ ${f.pick(['Tiếng Anh', 'STEM', 'đọc sách', 'bóng đá', 'kỹ năng sống'])} của trường với ${f.n(20, 60)} học sinh tham gia, sinh hoạt ${f.pick(['hằng tuần', 'hai tuần một lần'])}.`,
  (f) => `Hoàn thành bồi dưỡng thường xuyên ${f.n(90, 120)} tiết, ${f.pick(['các mô đun đều đạt', 'xếp loại khá', 'xếp loại tốt'])}.`,
  (f) => `Kết quả thi vào lớp 10 môn ${f.pick(SUBJECTS)} của lớp phụ trách đạt điểm bình quân ${f.dec(6, 8.5)}, ${f.pick(['cao hơn bình quân huyện', 'xếp thứ ' + f.n(2, 9) + ' toàn huyện'])}.`,
  (f) => `Tham gia biên soạn ${f.pick(['tài liệu giáo dục địa phương', 'đề kiểm tra định kỳ của tổ', 'kế hoạch giáo dục nhà trường'])} năm học ${f.year} - ${f.next}.`,
  (f) => `Phối hợp với Đoàn trường tổ chức ${f.n(2, 5)} hoạt động ngoại khóa về ${f.pick(['an toàn giao thông', 'phòng, chống bạo lực học đường', 'giáo dục truyền thống', 'phòng chống đuối nước'])}.`,
  (f) => `Chăm sóc, giáo dục ${f.n(20, 35)} trẻ nhóm lớp ${f.pick(['3 - 4 tuổi', '4 - 5 tuổi', '5 - 6 tuổi'])}, tỷ lệ trẻ chuyên cần ${f.dec(93, 99)}%, ${f.n(0, 3)} trẻ suy dinh dưỡng.`,
  (f) => `Quản lý hồ sơ, sổ sách ${f.pick(['kế toán', 'thư viện', 'thiết bị', 'học bạ'])} của nhà trường đúng quy định, được đoàn kiểm tra của Phòng Giáo dục ngày ${f.dm(3, 11)} đánh giá ${f.pick(['tốt', 'khá'])}.`
];

const COMMUNE_STAFF: readonly Template[] = [
  (f) => `Tiếp nhận và giải quyết ${f.n(180, 1400)} hồ sơ ${f.pick(PROCEDURES)}, tỷ lệ đúng hạn đạt ${f.dec(96, 100)}%.`,
  (f) => `Tham mưu cho Ủy ban nhân dân xã ban hành ${f.n(8, 40)} văn bản về ${f.pick(['quản lý đất đai', 'trật tự xây dựng', 'phòng, chống thiên tai', 'công tác hộ tịch', 'chuyển đổi số'])}.`,
  (f) => `Hướng dẫn người dân nộp ${f.n(150, 900)} hồ sơ trực tuyến toàn trình, góp phần đưa tỷ lệ hồ sơ trực tuyến của xã đạt ${f.dec(45, 92)}%.`,
  (f) => `Tham gia tổ công tác giải phóng mặt bằng dự án ${f.pick(PROJECTS)}, vận động ${f.n(6, 45)} hộ bàn giao mặt bằng đúng tiến độ.`,
  (f) => `Tham mưu tổ chức thành công ${f.pick(['Đại hội Hội Nông dân xã', 'Hội nghị điển hình tiên tiến', 'Ngày hội Đại đoàn kết toàn dân tộc', 'Đại hội Đoàn xã', 'Hội khỏe Phù Đổng cấp xã'])} năm ${f.year}.`,
  (f) => `Thu ngân sách trên địa bàn đạt ${f.n(102, 145)}% dự toán huyện giao; quyết toán ngân sách năm ${f.prev} đúng thời hạn.`,
  (f) => `Kiểm tra, phát hiện ${f.n(2, 12)} trường hợp vi phạm trật tự xây dựng, tham mưu xử lý ${f.pick(['dứt điểm', 'đúng quy định', 'kịp thời'])}.`,
  (f) => `Rà soát, cập nhật ${f.n(300, 2500)} nhân khẩu vào cơ sở dữ liệu dân cư theo Đề án 06, làm sạch ${f.n(40, 300)} trường hợp sai lệch.`,
  (f) => `Tham mưu tổ chức ${f.n(3, 12)} lớp tập huấn cho hội viên về ${f.pick(['chuyển đổi số trong nông nghiệp', 'kỹ năng bán hàng trực tuyến', 'phòng chống bạo lực gia đình', 'pháp luật về đất đai'])}.`,
  (f) => `Tham gia đoàn kiểm tra liên ngành ${f.pick(['an toàn thực phẩm', 'vệ sinh môi trường', 'phòng cháy chữa cháy', 'kinh doanh khí hóa lỏng'])}, kiểm tra ${f.n(12, 60)} cơ sở trên địa bàn.`,
  (f) => `Phụ trách ${f.pick(['xây dựng tiêu chí văn hóa', 'tiêu chí môi trường', 'tiêu chí thu nhập', 'tiêu chí hành chính công'])} trong bộ tiêu chí xã nông thôn mới nâng cao, đến tháng ${f.n(9, 11)} đã đạt.`,
  (f) => `Tham mưu đăng ký và quản lý ${f.n(15, 120)} trường hợp ${f.pick(['khai sinh', 'khai tử', 'kết hôn', 'thay đổi hộ tịch'])}, cập nhật đầy đủ vào phần mềm hộ tịch điện tử.`,
  (f) => `Vận động thành lập ${f.n(1, 3)} tổ hợp tác ${f.pick(['trồng rau an toàn', 'chăn nuôi', 'làm nghề truyền thống'])} với ${f.n(10, 35)} thành viên.`,
  (f) => `Tham mưu chi trả ${f.pick(['trợ cấp xã hội', 'chế độ người có công', 'hỗ trợ hộ nghèo'])} cho ${f.n(60, 400)} đối tượng, đảm bảo đúng, đủ, kịp thời.`,
  (f) => `Là thư ký các kỳ họp HĐND xã năm ${f.year}, hoàn thành ${f.n(2, 4)} biên bản, ${f.n(4, 12)} nghị quyết đúng thời hạn.`,
  (f) => `Theo dõi ${f.n(8, 25)} đảng viên miễn sinh hoạt, quản lý hồ sơ đảng viên của Đảng bộ đúng quy định, không để thất lạc.`
];

const PARTY_STAFF: readonly Template[] = [
  (f) => `Thẩm định ${f.n(20, 140)} hồ sơ ${f.pick(['kết nạp đảng viên', 'công nhận đảng viên chính thức', 'chuyển sinh hoạt đảng', 'đề nghị tặng Huy hiệu Đảng'])}, bảo đảm đúng quy trình, thủ tục.`,
  (f) => `Tham gia ${f.n(2, 6)} đoàn kiểm tra, giám sát của ${f.pick(['Ban Thường vụ Huyện ủy', 'Ủy ban Kiểm tra Huyện ủy', 'Huyện ủy'])} đối với ${f.n(3, 14)} tổ chức đảng và ${f.n(4, 25)} đảng viên.`,
  (f) => `Tham mưu xây dựng ${f.n(4, 16)} văn bản của Huyện ủy về ${f.pick(['công tác cán bộ', 'tuyên truyền kỷ niệm các ngày lễ lớn', 'công tác dân vận', 'kiểm tra, giám sát', 'đại hội đảng bộ các cấp'])}.`,
  (f) => `Biên tập ${f.n(12, 60)} tin, bài cho ${f.pick(['Bản tin sinh hoạt chi bộ', 'trang thông tin điện tử của Huyện ủy', 'bản tin nội bộ'])} năm ${f.year}.`,
  (f) => `Tổng hợp, báo cáo kết quả kiểm điểm, đánh giá, xếp loại chất lượng của ${f.n(40, 70)} tổ chức cơ sở đảng năm ${f.prev}, bảo đảm đúng thời gian quy định.`,
  (f) => `Tham mưu tổ chức ${f.n(2, 6)} lớp bồi dưỡng ${f.pick(['nhận thức về Đảng', 'đảng viên mới', 'cấp ủy viên cơ sở', 'nghiệp vụ công tác kiểm tra'])} với ${f.n(120, 600)} học viên.`,
  (f) => `Tiếp nhận, tham mưu giải quyết ${f.n(4, 25)} đơn thư ${f.pick(['khiếu nại, tố cáo', 'phản ánh, kiến nghị'])} liên quan đến đảng viên, không để tồn đọng.`,
  (f) => `Theo dõi dư luận xã hội, tổng hợp ${f.n(8, 12)} báo cáo chuyên đề về tình hình tư tưởng của cán bộ, đảng viên và nhân dân.`,
  (f) => `Cập nhật, quản lý dữ liệu ${f.n(2000, 9000)} đảng viên trên phần mềm Quản lý cơ sở dữ liệu đảng viên, bảo đảm chính xác.`,
  (f) => `Tham gia tổ giúp việc chuẩn bị ${f.pick(['văn kiện Đại hội Đảng bộ huyện', 'hội nghị sơ kết giữa nhiệm kỳ', 'hội nghị tổng kết công tác xây dựng Đảng'])}, chấp bút ${f.n(2, 5)} báo cáo chuyên đề.`,
  (f) => `Phụ trách hướng dẫn ${f.n(3, 9)} đảng bộ cơ sở thực hiện ${f.pick(['Quy định 124-QĐ/TW', 'Hướng dẫn 25-HD/BTCTW', 'công tác phát triển đảng viên', 'sinh hoạt chuyên đề'])}.`,
  (f) => `Tham mưu tổ chức thành công ${f.pick(['Hội thi báo cáo viên giỏi', 'Hội thi bí thư chi bộ giỏi', 'Lễ kỷ niệm ngày thành lập Đảng', 'Hội nghị biểu dương điển hình dân vận khéo'])} cấp huyện ngày ${f.dm(2, 11)}/${f.year} với ${f.n(40, 300)} đại biểu.`,
  (f) => `Soạn thảo ${f.n(3, 10)} đề cương tuyên truyền và tài liệu sinh hoạt chi bộ hằng tháng gửi ${f.n(40, 70)} chi, đảng bộ cơ sở.`,
  (f) => `Phối hợp tổ chức ${f.n(2, 8)} hội nghị đối thoại giữa người đứng đầu cấp ủy với nhân dân về ${f.pick(['giải phóng mặt bằng', 'môi trường', 'thủ tục hành chính', 'đất đai'])}.`
];

const CIVIL_SERVANT: readonly Template[] = [
  (f) => `Chủ trì thẩm định ${f.n(10, 80)} hồ sơ ${f.pick(['dự án đầu tư công', 'quyết toán công trình', 'giao đất, cho thuê đất', 'cấp phép xây dựng', 'thành lập hộ kinh doanh'])}, bảo đảm đúng quy định.`,
  (f) => `Tham mưu UBND huyện ban hành ${f.n(6, 35)} văn bản về ${f.pick(['quản lý đất đai', 'cải cách hành chính', 'giáo dục và đào tạo', 'an sinh xã hội', 'phát triển nông nghiệp', 'kế hoạch đầu tư công trung hạn'])}.`,
  (f) => `Phụ trách theo dõi dự án ${f.pick(PROJECTS)}, tham mưu giải ngân ${f.dec(85, 100)}% kế hoạch vốn năm ${f.year}.`,
  (f) => `Tham gia ${f.n(2, 8)} đoàn kiểm tra, thanh tra chuyên ngành về ${f.pick(['an toàn thực phẩm', 'đất đai', 'xây dựng', 'lao động, việc làm', 'tài chính ngân sách xã'])}, kiến nghị thu hồi ${f.n(20, 900)} triệu đồng.`,
  (f) => `Giải quyết ${f.n(120, 1500)} hồ sơ thủ tục hành chính thuộc lĩnh vực phụ trách, không có hồ sơ quá hạn.`,
  (f) => `Tham mưu tổ chức ${f.pick(['Hội nghị xúc tiến đầu tư', 'Hội chợ nông sản', 'Ngày hội việc làm', 'Lễ hội văn hóa truyền thống'])} của huyện năm ${f.year} với ${f.n(40, 300)} đơn vị tham gia.`,
  (f) => `Xây dựng dự thảo ${f.pick(['đề án', 'kế hoạch', 'chương trình'])} ${f.pick(['chuyển đổi số huyện giai đoạn 2021 - 2025', 'phát triển sản phẩm OCOP', 'nâng cao chỉ số cải cách hành chính', 'sắp xếp đơn vị hành chính cấp xã'])}, được UBND huyện phê duyệt ${f.month(3, 11)}.`,
  (f) => `Tổng hợp số liệu, xây dựng ${f.n(10, 40)} báo cáo định kỳ, đột xuất gửi UBND huyện và sở, ngành cấp trên đúng thời hạn.`,
  (f) => `Hướng dẫn ${f.n(5, 24)} xã, thị trấn về ${f.pick(['quy trình lập hồ sơ đất đai', 'quản lý tài chính, kế toán', 'công tác thi đua, khen thưởng', 'công tác văn thư, lưu trữ', 'rà soát hộ nghèo'])}.`,
  (f) => `Tham mưu tiếp công dân ${f.n(12, 48)} buổi, giải quyết ${f.n(10, 60)} đơn thuộc thẩm quyền, tỷ lệ giải quyết đạt ${f.dec(90, 100)}%.`,
  (f) => `Tham gia tổ công tác rà soát ${f.n(100, 900)} thủ tục hành chính, đề xuất cắt giảm thời gian giải quyết ${f.n(5, 30)} thủ tục.`,
  (f) => `Quản lý, sử dụng ${f.n(2, 40)} tỷ đồng kinh phí sự nghiệp được giao đúng mục đích, thanh quyết toán kịp thời.`,
  (f) => `Tham mưu tổ chức kỳ thi tuyển ${f.pick(['viên chức giáo dục', 'công chức cấp xã'])} năm ${f.year} với ${f.n(80, 400)} thí sinh, bảo đảm an toàn, đúng quy chế.`,
  (f) => `Phối hợp kiểm tra ${f.n(10, 45)} công trình, phát hiện ${f.n(1, 6)} công trình chậm tiến độ và kiến nghị biện pháp xử lý.`
];

const TAX: readonly Template[] = [
  (f) => `Thực hiện ${f.n(2, 10)} đợt rà soát, đối chiếu dữ liệu hóa đơn điện tử, phát hiện ${f.n(1, 9)} doanh nghiệp có dấu hiệu rủi ro.`,
  (f) => `Giải quyết ${f.n(20, 300)} hồ sơ miễn, giảm, gia hạn thuế theo chính sách hỗ trợ năm ${f.year}, đúng thời hạn.`,
  (f) => `Trả lời ${f.n(30, 250)} vướng mắc của người nộp thuế qua điện thoại, thư điện tử và trực tiếp.`,
  (f) => `Quản lý thuế đối với ${f.n(120, 600)} hộ kinh doanh và ${f.n(20, 120)} doanh nghiệp, thu ngân sách đạt ${f.n(101, 130)}% dự toán.`,
  (f) => `Kiểm tra ${f.n(5, 30)} hồ sơ hoàn thuế giá trị gia tăng, phát hiện ${f.n(1, 4)} hồ sơ không đủ điều kiện, kiến nghị thu hồi ${f.n(50, 900)} triệu đồng.`,
  (f) => `Đôn đốc thu hồi ${f.n(200, 3000)} triệu đồng nợ thuế, giảm tỷ lệ nợ đọng xuống ${f.dec(2, 6)}% tổng thu.`,
  (f) => `Hướng dẫn ${f.n(40, 300)} người nộp thuế sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền.`,
  (f) => `Tham gia ${f.n(2, 6)} đoàn thanh tra, kiểm tra thuế tại doanh nghiệp, truy thu và phạt ${f.n(100, 2500)} triệu đồng.`,
  (f) => `Tiếp nhận và xử lý ${f.n(600, 4000)} hồ sơ khai thuế điện tử, bảo đảm đúng thời hạn.`,
  (f) => `Phối hợp với UBND các xã rà soát ${f.n(50, 400)} hộ kinh doanh chưa đăng ký thuế, đưa vào quản lý ${f.n(10, 80)} hộ.`,
  (f) => `Tổ chức ${f.n(2, 6)} hội nghị đối thoại, tuyên truyền chính sách thuế mới cho người nộp thuế năm ${f.year}.`
];

const POLICE: readonly Template[] = [
  (f) => `Tiếp nhận, giải quyết ${f.n(20, 160)} hồ sơ đăng ký thường trú, tạm trú trên Cổng dịch vụ công năm ${f.year}, không có hồ sơ quá hạn.`,
  (f) => `Phối hợp với ${f.pick(['nhà trường', 'Đoàn Thanh niên', 'các hội đoàn thể'])} tổ chức ${f.n(2, 9)} buổi tuyên truyền phòng, chống ma túy cho ${f.n(150, 900)} người.`,
  (f) => `Đăng ký, quản lý ${f.n(50, 400)} xe mô tô, ô tô; thu hồi ${f.n(5, 60)} biển số xe không chính chủ trên địa bàn.`,
  (f) => `Trực ban, xử lý ${f.n(30, 200)} cuộc gọi, tin báo qua đường dây nóng; ${f.n(1, 6)} vụ việc chuyển cơ quan điều tra.`,
  (f) => `Tham gia chuyên án ${f.pick(['đấu tranh với tội phạm trộm cắp gia súc', 'triệt phá đường dây cho vay lãi nặng', 'truy bắt đối tượng truy nã', 'đấu tranh với tội phạm đánh bạc qua mạng'])} ${f.month(2, 11)}, thu giữ ${f.n(5, 400)} triệu đồng.`,
  (f) => `Rà soát ${f.n(100, 800)} hộ kinh doanh có điều kiện về an ninh, trật tự; nhắc nhở ${f.n(3, 30)} cơ sở vi phạm.`,
  (f) => `Tham gia ${f.n(40, 160)} ca tuần tra, kiểm soát, phát hiện và xử lý ${f.n(10, 90)} trường hợp vi phạm ${f.pick(['trật tự an toàn giao thông', 'trật tự công cộng', 'quy định về phòng cháy, chữa cháy'])}.`,
  (f) => `Thu nhận ${f.n(300, 2500)} hồ sơ cấp căn cước, kích hoạt ${f.n(300, 3000)} tài khoản định danh điện tử mức độ 2 cho công dân.`,
  (f) => `Tham gia điều tra, làm rõ ${f.n(2, 14)} vụ ${f.pick(['trộm cắp tài sản', 'đánh bạc', 'cố ý gây thương tích', 'lừa đảo qua mạng', 'tàng trữ trái phép chất ma túy'])}, bắt giữ ${f.n(2, 20)} đối tượng.`,
  (f) => `Nắm tình hình, quản lý ${f.n(5, 30)} đối tượng ${f.pick(['sau cai nghiện', 'chấp hành xong án phạt tù', 'có biểu hiện nghi vấn'])} trên địa bàn phụ trách.`,
  (f) => `Tuyên truyền phòng, chống lừa đảo trên không gian mạng tại ${f.n(4, 20)} buổi sinh hoạt khu dân cư với ${f.n(200, 1500)} lượt người nghe.`,
  (f) => `Tham gia bảo đảm an ninh trật tự ${f.pick(['kỳ thi tốt nghiệp THPT', 'lễ hội đầu xuân', 'bầu cử', 'Đại hội Đảng bộ huyện'])} năm ${f.year}, không để xảy ra vụ việc phức tạp.`,
  (f) => `Hướng dẫn ${f.n(20, 120)} cơ sở kinh doanh ký cam kết bảo đảm an toàn phòng cháy, chữa cháy; kiểm tra ${f.n(10, 60)} cơ sở.`,
  (f) => `Giải quyết ${f.n(5, 40)} tin báo, tố giác tội phạm đúng thời hạn, tỷ lệ xử lý đạt ${f.dec(90, 100)}%.`,
  (f) => `Xây dựng ${f.n(1, 3)} mô hình ${f.pick(['"Camera an ninh"', '"Khu dân cư an toàn về phòng cháy, chữa cháy"', '"Tổ liên gia tự quản"', '"Cổng trường an toàn giao thông"'])} tại địa bàn phụ trách.`
];

const MILITARY: readonly Template[] = [
  (f) => `Tham gia tổ chức lễ giao, nhận quân ngày ${f.n(10, 28)}/2/${f.year} an toàn, đúng nghi lễ, với ${f.n(60, 220)} tân binh.`,
  (f) => `Xây dựng kế hoạch phòng chống lụt bão năm ${f.year}, huy động ${f.n(40, 200)} dân quân tham gia ${f.n(2, 5)} đợt ứng cứu.`,
  (f) => `Biên soạn ${f.n(3, 12)} giáo án huấn luyện ${f.pick(['điều lệnh', 'bắn súng', 'chiến thuật', 'phòng không'])} cho lực lượng dân quân tự vệ.`,
  (f) => `Tham gia kiểm tra công tác quốc phòng địa phương tại ${f.n(3, 14)} xã, thị trấn; kiến nghị khắc phục ${f.n(2, 9)} thiếu sót.`,
  (f) => `Phối hợp tổ chức ${f.n(1, 4)} hội thao quốc phòng năm ${f.year}, đơn vị đạt ${f.pick(['giải nhất', 'giải nhì', 'giải ba', 'giải toàn đoàn'])}.`,
  (f) => `Quản lý ${f.n(10, 40)} hồ sơ chính sách quân đội, đề nghị giải quyết chế độ cho ${f.n(3, 25)} đối tượng.`,
  (f) => `Tham mưu tuyển chọn, gọi ${f.n(8, 120)} công dân nhập ngũ năm ${f.year}, đạt ${f.n(100, 100)}% chỉ tiêu giao.`,
  (f) => `Tổ chức huấn luyện cho ${f.n(20, 160)} dân quân ${f.pick(['năm thứ nhất', 'cơ động', 'thường trực'])}, kết quả kiểm tra đạt loại ${f.pick(['khá', 'giỏi'])}.`,
  (f) => `Tham gia diễn tập ${f.pick(['khu vực phòng thủ huyện', 'chiến đấu phòng thủ xã', 'phòng chống thiên tai, tìm kiếm cứu nạn'])} năm ${f.year}, hoàn thành tốt nhiệm vụ được giao.`,
  (f) => `Đăng ký, quản lý ${f.n(80, 900)} quân nhân dự bị và ${f.n(30, 400)} nam công dân trong độ tuổi sẵn sàng nhập ngũ.`,
  (f) => `Trực sẵn sàng chiến đấu ${f.n(30, 90)} ca, bảo đảm an toàn tuyệt đối dịp ${f.pick(['Tết Nguyên đán', 'các ngày lễ lớn', 'Đại hội Đảng'])}.`,
  (f) => `Phối hợp tổ chức ${f.n(2, 6)} đợt ${f.pick(['tìm kiếm cứu nạn', 'ứng cứu lụt bão', 'giúp dân thu hoạch lúa', 'phun khử khuẩn phòng dịch'])} với ${f.n(20, 120)} lượt cán bộ, chiến sĩ.`,
  (f) => `Hoàn thành bồi dưỡng kiến thức quốc phòng - an ninh cho ${f.n(30, 200)} đối tượng ${f.pick(['3', '4'])} trên địa bàn.`,
  (f) => `Quản lý, bảo quản ${f.n(20, 90)} khẩu vũ khí, trang bị kỹ thuật đúng quy định, không để xảy ra mất an toàn.`
];

const HEALTH: readonly Template[] = [
  (f) => `Tham gia khám, cấp phát thuốc miễn phí cho ${f.n(100, 600)} người cao tuổi, gia đình chính sách tại ${f.n(2, 6)} xã năm ${f.year}.`,
  (f) => `Đề xuất cải tiến quy trình ${f.pick(['tiếp đón người bệnh', 'cấp phát thuốc', 'lấy mẫu xét nghiệm', 'bàn giao người bệnh'])}, rút ngắn thời gian chờ khoảng ${f.n(10, 45)} phút.`,
  (f) => `Hướng dẫn ${f.n(3, 15)} học viên thực hành của trường ${f.pick(['Cao đẳng Y tế', 'Trung cấp Y', 'Đại học Điều dưỡng'])} trong ${f.n(4, 12)} tuần.`,
  (f) => `Tham gia ${f.n(2, 8)} buổi sinh hoạt khoa học, báo cáo ${f.n(1, 3)} ca bệnh khó ${f.month(2, 11)} năm ${f.year}.`,
  (f) => `Quản lý ${f.n(80, 600)} người bệnh tăng huyết áp, đái tháo đường ngoại trú; tỷ lệ tái khám đúng hẹn ${f.dec(80, 97)}%.`,
  (f) => `Thực hiện ${f.n(200, 2000)} lượt chăm sóc cấp ${f.pick(['I', 'II', 'III'])}, không để xảy ra sự cố y khoa nghiêm trọng.`,
  (f) => `Khám, điều trị cho ${f.n(1800, 9000)} lượt bệnh nhân, trong đó điều trị nội trú ${f.n(200, 1600)} lượt, không để xảy ra sai sót chuyên môn.`,
  (f) => `Tham gia ${f.n(8, 40)} đợt tiêm chủng mở rộng, tiêm ${f.n(400, 4000)} mũi vắc-xin an toàn cho trẻ em và phụ nữ có thai.`,
  (f) => `Thực hiện ${f.n(30, 400)} ca ${f.pick(['phẫu thuật', 'thủ thuật', 'siêu âm', 'nội soi'])}, ứng dụng kỹ thuật ${f.pick(['nội soi ổ bụng', 'siêu âm doppler', 'điện tim gắng sức', 'xét nghiệm sinh hóa tự động'])} mới tại đơn vị.`,
  (f) => `Tham gia giám sát, phòng chống ${f.pick(['sốt xuất huyết', 'tay chân miệng', 'cúm A', 'sởi'])} tại ${f.n(3, 15)} xã, xử lý ${f.n(2, 20)} ổ dịch nhỏ.`,
  (f) => `Tham gia đề tài cấp cơ sở "${f.pick(['Đánh giá tình trạng tăng huyết áp ở người cao tuổi', 'Kết quả chăm sóc bệnh nhân đái tháo đường', 'Thực trạng dinh dưỡng trẻ dưới 5 tuổi', 'Hiệu quả truyền thông rửa tay', 'Tỷ lệ nhiễm khuẩn vết mổ', 'Sự hài lòng của người bệnh nội trú'])}" trên ${f.n(60, 400)} người bệnh, nghiệm thu ngày ${f.dm(6, 12)}/${f.year} đạt loại ${f.pick(['khá', 'tốt'])}.`,
  (f) => `Quản lý, cấp phát ${f.n(200, 1500)} loại thuốc, vật tư y tế đúng quy chế dược; kiểm kê định kỳ ${f.n(4, 12)} lần.`,
  (f) => `Thực hiện khám sức khỏe cho ${f.n(150, 1200)} ${f.pick(['người cao tuổi', 'học sinh', 'thanh niên khám tuyển nghĩa vụ quân sự', 'công nhân'])} trên địa bàn.`,
  (f) => `Triển khai bệnh án điện tử và thanh toán viện phí không dùng tiền mặt tại khoa, tỷ lệ giao dịch đạt ${f.dec(40, 90)}%.`,
  (f) => `Tham gia trực ${f.n(40, 110)} phiên cấp cứu, xử trí kịp thời ${f.n(10, 80)} ca nặng chuyển tuyến an toàn.`
];

const ENTERPRISE: readonly Template[] = [
  (f) => `Phụ trách kho với ${f.n(200, 3000)} mã hàng, kiểm kê ${f.n(2, 12)} lần trong năm ${f.year}, chênh lệch dưới ${f.dec(0, 1)}%.`,
  (f) => `Tham gia xây dựng hệ thống quản lý chất lượng ${f.pick(['ISO 9001', 'ISO 14001', '5S', 'Kaizen'])} tại ${f.pick(['xưởng', 'phòng', 'dây chuyền'])} số ${f.n(1, 6)}.`,
  (f) => `Tìm kiếm ${f.n(1, 6)} khách hàng mới, doanh thu bộ phận năm ${f.year} đạt ${f.n(3, 60)} tỷ đồng, tăng ${f.dec(2, 18)}%.`,
  (f) => `Tổ chức ${f.n(2, 10)} lớp đào tạo nội bộ về ${f.pick(['an toàn điện', 'phòng cháy chữa cháy', 'vận hành máy mới', 'quy trình chất lượng'])} cho ${f.n(20, 200)} người lao động.`,
  (f) => `Vận động công nhân đóng góp ${f.n(5, 60)} triệu đồng ủng hộ ${f.pick(['đồng bào vùng lũ', 'Quỹ Vì người nghèo', 'gia đình công nhân gặp nạn'])} năm ${f.year}.`,
  (f) => `Phối hợp với công đoàn tổ chức ${f.n(1, 4)} hội thi tay nghề, có ${f.n(3, 20)} công nhân đạt giải.`,
  (f) => `Phụ trách dây chuyền ${f.pick(['may', 'đóng gói', 'cơ khí', 'chế biến', 'lắp ráp'])} với ${f.n(20, 150)} công nhân, năng suất tăng ${f.dec(3, 15)}% so với năm ${f.prev}.`,
  (f) => `Đề xuất ${f.n(1, 4)} sáng kiến cải tiến ${f.pick(['quy trình sản xuất', 'bố trí mặt bằng kho', 'định mức nguyên liệu', 'lịch bảo dưỡng máy'])}, làm lợi cho công ty khoảng ${f.n(40, 600)} triệu đồng.`,
  (f) => `Tham gia Ban Chấp hành công đoàn, tổ chức ${f.n(2, 6)} hoạt động chăm lo cho người lao động, thăm hỏi ${f.n(5, 40)} công nhân ốm đau.`,
  (f) => `Bảo đảm an toàn, vệ sinh lao động; tổ chức ${f.n(2, 8)} buổi huấn luyện an toàn, năm ${f.year} không để xảy ra tai nạn lao động tại bộ phận phụ trách.`,
  (f) => `Thực hiện ${f.n(2, 8)} đơn hàng ${f.pick(['xuất khẩu', 'cho đối tác trong nước'])} trị giá ${f.n(2, 40)} tỷ đồng, giao hàng đúng hạn.`,
  (f) => `Kèm cặp ${f.n(3, 15)} công nhân mới, ${f.n(2, 10)} người đạt tay nghề bậc ${f.n(2, 4)}.`,
  (f) => `Quyết toán thuế, bảo hiểm xã hội cho ${f.n(30, 300)} lao động đúng quy định, không để nợ đóng bảo hiểm.`,
  (f) => `Tham gia giới thiệu ${f.n(1, 3)} quần chúng ưu tú là công nhân cho chi bộ xem xét kết nạp.`
];

const LEADER: readonly Template[] = [
  (f) => `Chỉ đạo hoàn thành ${f.n(14, 20)}/${f.n(20, 22)} chỉ tiêu nghị quyết năm ${f.year}, trong đó ${f.n(4, 9)} chỉ tiêu vượt kế hoạch.`,
  (f) => `Trực tiếp tiếp công dân ${f.n(12, 24)} buổi, chỉ đạo giải quyết dứt điểm ${f.n(6, 30)} vụ việc tồn đọng.`,
  (f) => `Chỉ đạo triển khai dự án ${f.pick(PROJECTS)} với tổng mức đầu tư ${f.n(5, 120)} tỷ đồng, hoàn thành ${f.pick(['giai đoạn 1', 'đúng tiến độ', 'vượt tiến độ ' + f.n(1, 3) + ' tháng'])}.`,
  (f) => `Chủ trì ${f.n(10, 36)} cuộc họp giao ban, ${f.n(3, 12)} hội nghị chuyên đề về ${f.pick(['cải cách hành chính', 'giải phóng mặt bằng', 'chuyển đổi số', 'phòng, chống tham nhũng, tiêu cực'])}.`,
  (f) => `Chỉ đạo kiểm tra, giám sát ${f.n(3, 12)} tổ chức đảng trực thuộc, qua đó chấn chỉnh ${f.n(2, 9)} thiếu sót trong công tác quản lý.`,
  (f) => `Năm ${f.year} chỉ đạo xây dựng và ban hành ${f.n(3, 10)} quy chế làm việc, quy chế phối hợp; công khai ${f.n(10, 60)} nội dung theo quy định.`,
  (f) => `Đối thoại trực tiếp với nhân dân ${f.n(2, 6)} lần về ${f.pick(['bồi thường, hỗ trợ tái định cư', 'quy hoạch sử dụng đất', 'môi trường làng nghề', 'thu chi ngân sách'])}, tạo đồng thuận cao.`,
  (f) => `Là người đứng đầu, thực hiện kê khai tài sản, thu nhập năm ${f.year} đúng quy định; chỉ đạo ${f.n(10, 60)} cán bộ thuộc diện kê khai hoàn thành đúng hạn.`,
  (f) => `Chỉ đạo rà soát, sắp xếp ${f.n(2, 9)} đầu mối ${f.pick(['phòng, ban', 'tổ chức', 'bộ phận'])} theo chủ trương tinh gọn bộ máy.`,
  (f) => `Thu ngân sách trên địa bàn năm ${f.year} đạt ${f.n(105, 160)}% dự toán; giải ngân vốn đầu tư công đạt ${f.dec(88, 100)}%.`,
  (f) => `Phân công, theo dõi lĩnh vực ${f.pick(['văn hóa - xã hội', 'kinh tế', 'đất đai, xây dựng', 'nội chính', 'giáo dục'])}, giải quyết kịp thời ${f.n(20, 90)} văn bản trình.`,
  (f) => `Trực tiếp phụ trách ${f.n(2, 5)} chi bộ, dự sinh hoạt ${f.n(6, 20)} buổi và chỉ đạo nâng cao chất lượng sinh hoạt chi bộ.`
];

export const TASKS: Record<RoleFamily, readonly Template[]> = {
  village: [...VILLAGE, ...GENERIC],
  teacher: [...TEACHER, ...GENERIC],
  commune_staff: [...COMMUNE_STAFF, ...GENERIC],
  party_staff: [...PARTY_STAFF, ...GENERIC],
  civil_servant: [...CIVIL_SERVANT, ...GENERIC],
  tax: [...TAX, ...CIVIL_SERVANT.slice(0, 6), ...GENERIC],
  police: [...POLICE, ...GENERIC],
  military: [...MILITARY, ...GENERIC],
  health: [...HEALTH, ...GENERIC],
  enterprise: [...ENTERPRISE, ...GENERIC]
};

/** Extra sentences for holders of leader posts (mixed with their family's). */
export const LEADER_TASKS: readonly Template[] = LEADER;
