import { bench, describe } from 'vitest';
import { SEEDS } from '../__fixtures__/seeds.js';
import { extractFigures } from './extract-figures.js';

// One review article, and a year of them in one file (seed 004 a hundred times, about 450k characters).
const year = Array.from({ length: 100 }, () => SEEDS['004']).join('\n\n');

describe('extractFigures', () => {
  bench('seed 004 (4,6k characters)', () => {
    extractFigures(SEEDS['004']);
  });
  bench(
    'seed 004 × 100 (456k characters)',
    () => {
      extractFigures(year);
    },
    { iterations: 5 },
  );
});
