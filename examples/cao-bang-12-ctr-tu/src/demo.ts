import { daysBetween } from '@cadre/core';

// Placeholder until the programme data lands: shows the period length the report will use.
console.log(`Chương trình 12-CTr/TU: ${daysBetween('2016-05-09', '2020-12-31') + 1} ngày`);
