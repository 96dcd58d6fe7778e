/**
 * The three sizes of dataset. A district is a huyện party organisation; a province is a tỉnh ủy over
 * ten of them. Every district also receives the planted cases (plants.ts), so each scale carries
 * several cases of every check.
 */
export type ScaleName = 'demo' | 'district' | 'province';
export const SCALE_NAMES: readonly ScaleName[] = ['demo', 'district', 'province'];

export interface DistrictShape {
  /** Đảng bộ xã and đảng bộ thị trấn. */
  communes: number;
  townships: number;
  /** Chi bộ thôn (tổ dân phố) per commune. */
  villages: [number, number];
  /** Party members per village cell at the start. */
  villageMembers: [number, number];
  /** Members of the commune office cell (besides its five leaders), and of each commune school cell. */
  officeMembers: [number, number];
  schoolMembers: [number, number];
  /** Chi bộ trường (mầm non, tiểu học, THCS) inside each commune. */
  communeSchools: number;
  /** Chi bộ công an xã and quân sự xã inside each commune. */
  communeSecurity: boolean;
  /** Cells of the Đảng bộ Cơ quan Đảng huyện, and members each. */
  partyOrganCells: number;
  organMembers: [number, number];
  /** Phòng (cells) of the Đảng bộ Cơ quan Chính quyền huyện, and members each besides its two leaders. */
  departments: number;
  departmentMembers: [number, number];
  /** Uỷ viên Ban Thường vụ Huyện ủy besides the secretary and deputies. */
  standingMembers: number;
  /** Chi bộ cơ sở of upper-secondary schools, members each. */
  highSchools: number;
  highSchoolMembers: [number, number];
  /** Chi bộ cơ sở of enterprises. */
  enterprises: number;
  enterpriseMembers: [number, number];
  /** Đảng bộ Trung tâm Y tế, Công an huyện, Quân sự huyện. */
  health: boolean;
  police: boolean;
  military: boolean;
}

export interface ScaleConfig {
  name: ScaleName;
  districts: number;
  /** A tỉnh ủy above the districts. */
  province: boolean;
  /** Sets of planted cases per district (plants.ts, plants-rows.ts, plants-text.ts). */
  plantSets: number;
  shape: DistrictShape;
}

const DEMO: DistrictShape = {
  communes: 2,
  townships: 0,
  villages: [3, 3],
  villageMembers: [6, 9],
  officeMembers: [5, 7],
  schoolMembers: [5, 8],
  communeSchools: 1,
  communeSecurity: false,
  partyOrganCells: 4,
  organMembers: [3, 5],
  departments: 6,
  departmentMembers: [2, 4],
  standingMembers: 4,
  highSchools: 1,
  highSchoolMembers: [8, 10],
  enterprises: 1,
  enterpriseMembers: [6, 7],
  health: false,
  police: false,
  military: false
};

const DISTRICT: DistrictShape = {
  communes: 22,
  townships: 2,
  villages: [9, 14],
  villageMembers: [28, 46],
  officeMembers: [7, 11],
  schoolMembers: [6, 12],
  communeSchools: 3,
  communeSecurity: true,
  partyOrganCells: 6,
  organMembers: [10, 16],
  departments: 12,
  departmentMembers: [4, 8],
  standingMembers: 10,
  highSchools: 4,
  highSchoolMembers: [30, 45],
  enterprises: 16,
  enterpriseMembers: [6, 14],
  health: true,
  police: true,
  military: true
};

export const SCALES: Record<ScaleName, ScaleConfig> = {
  demo: { name: 'demo', districts: 1, province: false, plantSets: 1, shape: DEMO },
  district: { name: 'district', districts: 1, province: false, plantSets: 3, shape: DISTRICT },
  province: { name: 'province', districts: 10, province: true, plantSets: 1, shape: DISTRICT }
};
