// Runtime smoke: the core's exact attainment and its phrase, from the built package.
const core = await import(new URL('../../packages/core/dist/index.js', import.meta.url).href);
const figure = core.computeAttainment({ actual: 24, target: 40 });
const phrase = core.attainmentPhrase(figure, { lang: 'vi', verb: 'bằng' });
const near = core.formatPercent(core.toDecimal(139).times(100).div(200), { locale: 'vi' });
if (figure.percent.toFixed() !== '60' || phrase !== 'bằng 60% KH' || near !== 'gần 70%') {
  console.error(`core: got ${figure.percent.toFixed()}, "${phrase}", "${near}"`);
  process.exit(1);
}
console.log('core: 24/40 → bằng 60% KH; 139/200 → gần 70%');
