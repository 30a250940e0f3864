import type { RulePackInput } from '../book/pack-schema.js';
import { planningQd50of2021 } from './planning-qd-50-2021.js';
import { planningQd377of2025 } from './planning-qd-377-2025.js';
import { refresherNd101of2017 } from './refresher-nd-101-2017.js';
import { retirementBlld2012 } from './retirement-blld-2012.js';
import { retirementNd135of2020 } from './retirement-nd-135-2020.js';
import { rotationQd65of2022 } from './rotation-qd-65-2022.js';
import { rotationQd98of2017 } from './rotation-qd-98-2017.js';
import { staffReductionNq39of2015 } from './staff-reduction-nq-39-2015.js';

/** The rule packs cadre ships, as data; `createRuleBook` validates them with user packs. */
export const BUILT_IN_RULE_PACKS: readonly RulePackInput[] = [
  retirementBlld2012,
  retirementNd135of2020,
  rotationQd98of2017,
  rotationQd65of2022,
  planningQd50of2021,
  planningQd377of2025,
  staffReductionNq39of2015,
  refresherNd101of2017,
];

export {
  planningQd50of2021,
  planningQd377of2025,
  refresherNd101of2017,
  retirementBlld2012,
  retirementNd135of2020,
  rotationQd65of2022,
  rotationQd98of2017,
  staffReductionNq39of2015,
};
