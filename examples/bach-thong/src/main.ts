import { renderBachThong } from './render-bach-thong.js';
import { readBachThongFile, runBachThong } from './run-bach-thong.js';

// `pnpm --filter @cadre/example-bach-thong demo`
const r = runBachThong(readBachThongFile());
if (r.ok) console.log(renderBachThong(r.value).join('\n'));
else {
  for (const i of r.issues) console.error(`${i.messageVi ?? i.message}\n  ${i.message}`);
  process.exitCode = 1;
}
