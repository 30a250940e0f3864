export { checkRuleDefinitions } from './check-rule-definitions.js';
export { checkValidationRules, ruleHolds } from './check-validation-rules.js';
