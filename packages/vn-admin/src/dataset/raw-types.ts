/** A row of the dataset's `provinces` table (the 34 provinces from 1 July 2025). */
export interface RawProvince {
  province_code: string;
  name: string;
  short_name?: string;
  /** Three-letter abbreviation, e.g. "HCM". */
  code?: string;
  /** "Tỉnh" or "Thành phố Trung Ương". */
  place_type?: string;
}

/** A row of the dataset's `wards` table: one of the 3,321 communes, wards and special zones. */
export interface RawWard {
  ward_code: string;
  name: string;
  province_code: string;
}

/** A row of the dataset's `ward_mappings` table: one old commune into one new commune. */
export interface RawWardMapping {
  id?: string;
  old_ward_code: string | null;
  old_ward_name: string | null;
  old_district_name: string | null;
  old_province_name: string | null;
  new_ward_code: string | null;
  new_ward_name: string | null;
  new_province_name: string | null;
}

/** The three tables this package reads. Tests and other editions of the data can pass their own. */
export interface VnAdminDataset {
  provinces: readonly RawProvince[];
  wards: readonly RawWard[];
  wardMappings: readonly RawWardMapping[];
}
