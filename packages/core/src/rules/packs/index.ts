import type { RulePackInput } from '../book/pack-schema.js';
import { earlyRetirementNd178of2024 } from './early-retirement-nd-178-2024.js';
import { employmentClassesLuat22of2008 } from './employment-classes-luat-22-2008.js';
import { employmentClassesLuat80of2025 } from './employment-classes-luat-80-2025.js';
import { performanceNd335of2025 } from './performance-nd-335-2025.js';
import { planningQd50of2021 } from './planning-qd-50-2021.js';
import { planningQd377of2025 } from './planning-qd-377-2025.js';
import { refresherNd101of2017 } from './refresher-nd-101-2017.js';
import { retirementBlld2012 } from './retirement-blld-2012.js';
import { retirementNd135of2020 } from './retirement-nd-135-2020.js';
import { rotationQd65of2022 } from './rotation-qd-65-2022.js';
import { rotationQd98of2017 } from './rotation-qd-98-2017.js';
import { staffReductionKl40of2022 } from './staff-reduction-kl-40-2022.js';
import { staffReductionNq39of2015 } from './staff-reduction-nq-39-2015.js';
import { staffReductionRegimeNd154of2025 } from './staff-reduction-regime-nd-154-2025.js';
import { trainingPostingNd101of2017 } from './training-posting-nd-101-2017.js';
import { trainingPostingNd171of2025 } from './training-posting-nd-171-2025.js';

/** The rule packs cadre ships, as data; `createRuleBook` validates them with user packs. */
export const BUILT_IN_RULE_PACKS: readonly RulePackInput[] = [
  retirementBlld2012,
  retirementNd135of2020,
  rotationQd98of2017,
  rotationQd65of2022,
  planningQd50of2021,
  planningQd377of2025,
  staffReductionNq39of2015,
  staffReductionKl40of2022,
  staffReductionRegimeNd154of2025,
  refresherNd101of2017,
  trainingPostingNd101of2017,
  trainingPostingNd171of2025,
  performanceNd335of2025,
  earlyRetirementNd178of2024,
  employmentClassesLuat22of2008,
  employmentClassesLuat80of2025,
];

export {
  earlyRetirementNd178of2024,
  employmentClassesLuat22of2008,
  employmentClassesLuat80of2025,
  performanceNd335of2025,
  planningQd50of2021,
  planningQd377of2025,
  refresherNd101of2017,
  retirementBlld2012,
  retirementNd135of2020,
  rotationQd65of2022,
  rotationQd98of2017,
  staffReductionKl40of2022,
  staffReductionNq39of2015,
  staffReductionRegimeNd154of2025,
  trainingPostingNd101of2017,
  trainingPostingNd171of2025,
};
