export { buildCurrentCommunes, buildCurrentProvinces } from './current/current-units.js';
export { loadDataset, readTables } from './dataset/load-dataset.js';
export type { RawProvince, RawWard, RawWardMapping, VnAdminDataset } from './dataset/raw-types.js';
export {
  buildCurrentUnits,
  buildGeography,
  buildLineage,
  type CurrentUnits,
  type Geography,
  type Lineage,
} from './geography/build-geography.js';
export {
  communes,
  createVnAdminIndex,
  formerCommunes,
  formerDistricts,
  formerProvinces,
  type OrgUnitsOptions,
  orgUnits,
  provinces,
} from './geography/getters.js';
export { buildFormerUnits, type FormerUnits } from './lineage/former-units.js';
export { groupOldWards, type OldWard } from './lineage/group-old-wards.js';
export { pickSuccessor, type SuccessorChoice } from './lineage/pick-successor.js';
export { type MappingLink, resolveMappings } from './lineage/resolve-mappings.js';
export type { AdminName } from './names/admin-names.js';
export { splitAdminName } from './names/admin-names.js';
export { aliasesFor, DECLARED_ALIASES, type DeclaredAlias } from './names/aliases.js';
export {
  normalizeSpelling,
  slugify,
  stripDiacritics,
  unifyTonePlacement,
} from './names/spelling.js';
export { FORMER_CODE_PREFIX, LAST_FORMER_DAY, PROVINCE_REFERENCE, REFORM_DATE } from './reform.js';
export { validateDataset } from './validate/validate-dataset.js';
