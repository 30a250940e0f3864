import { renderSurvey } from './render-survey.js';
import { runSurvey } from './run-survey.js';

// `pnpm --filter @cadre/example-qd-494-survey start`
const r = runSurvey();
if (r.ok) console.log(renderSurvey(r.value).join('\n'));
else {
  for (const i of r.issues) console.error(`${i.messageVi ?? i.message}\n  ${i.message}`);
  process.exitCode = 1;
}
