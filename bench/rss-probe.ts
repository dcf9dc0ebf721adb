/**
 * @module bench/rss-probe — preloaded into a benchmarked child with `node --import`.
 *
 * When the process exits it writes `{"maxRssKb": N}` (`process.resourceUsage().maxRSS`,
 * the peak resident set size in KiB as reported by getrusage) to the file named by
 * `BENCH_RSS_FILE`. Without that variable it does nothing, so it cannot change the
 * behaviour of the program it measures.
 */
import fs from 'node:fs';

const target = process.env['BENCH_RSS_FILE'];
if (target) {
  process.on('exit', () => {
    fs.writeFileSync(target, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }));
  });
}
