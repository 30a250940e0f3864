export { formatDate } from './format-date.js';
export { formatNumber, type NumberLocale, parseLocaleNumber } from './format-number.js';
export {
  EXCESS_DECIMALS,
  formatPercent,
  roundPercent,
  type ShownPercent,
} from './format-percent.js';
export { notCountedLabel } from './not-counted-label.js';
export { attainmentPhrase, type PhraseOptions, reductionPhrase, statusLabel } from './phrases.js';
