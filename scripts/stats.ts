// npm run stats [-- --days N] — the operator's figures across every server in the database: questions,
// outcomes, feedback and top facts over the last 7 and 30 days (or N days), read from the configured store.
import { loadConfig } from '../src/config.js';
import { EMBEDDED_DATA_DIR, loadFactBase } from '../src/facts/load.js';
import { DEFAULT_LOCALE } from '../src/locale.js';
import { createLogger } from '../src/logger.js';
import { statsLines } from '../src/render/discord/curation.js';
import { openStore } from '../src/store/open.js';

const config = loadConfig();
const flag = process.argv.indexOf('--days');
const days = flag >= 0 ? [Number(process.argv[flag + 1])] : [7, 30];
if (!days.every((d) => Number.isInteger(d) && d > 0)) {
  console.error('--days takes a whole number of days, like --days 14');
  process.exit(1);
}
const base = await loadFactBase(config.FACTDESK_DATA_DIR ?? EMBEDDED_DATA_DIR);
const store = await openStore(config, createLogger({ level: 'warn' }));
try {
  for (const n of days) {
    const stats = await store.stats(null, n);
    console.log(`Last ${n} days, ${stats.guilds} server(s):`);
    for (const line of statsLines(stats, base, DEFAULT_LOCALE.en)) console.log(`  ${line}`);
  }
} catch (error) {
  console.error(`Cannot read the statistics: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await store.close();
}
