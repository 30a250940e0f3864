// One `cadre import` as users run it: the built command in a plain Node process. Peak RSS is
// written to CADRE_RSS_FILE when the command exits, since spawnSync gives no resource usage.
import { writeFileSync } from 'node:fs';

const rssFile = process.env.CADRE_RSS_FILE;
process.on('exit', () => {
  if (rssFile) writeFileSync(rssFile, String(process.resourceUsage().maxRSS / 1024));
});
process.argv = [process.argv[0], 'cadre', ...process.argv.slice(2)];
await import(process.env.CADRE_CLI_JS);
