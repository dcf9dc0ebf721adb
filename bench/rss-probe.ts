/**
 * @module bench/rss-probe — preloaded into a benchmarked child with `node --import`.
 *
 * When the process exits it writes `{"maxRssKb": N, "cpu": …}` to the file named by
 * `BENCH_RSS_FILE`: the peak resident set size in KiB as reported by getrusage
 * (`process.resourceUsage().maxRSS`), and, on Linux, the CPU seconds of the process split
 * by thread (see {@link threadCpu}). Without that variable it does nothing, so it cannot
 * change the behaviour of the program it measures.
 */
import fs from 'node:fs';

/** CPU seconds of a child, by kind of thread. */
export interface ThreadCpu {
  /** The main thread (reading, near duplicates, the store). */
  readonly main: number;
  /**
   * Threads started after start-up: the pipeline workers (and libuv's pool if it starts
   * late, which the CLI hardly uses).
   */
  readonly workers: number;
  /**
   * Threads already there at start-up besides the main one: V8's platform threads, which
   * run TurboFan's concurrent compiles and the concurrent and parallel parts of the
   * garbage collector for every isolate, workers included.
   */
  readonly background: number;
}

/** The thread id and CPU seconds (user + system) of a `/proc/…/task/…/stat` line. */
export function parseTaskStat(line: string, ticksPerSecond = 100): { tid: number; seconds: number } {
  const tid = Number(line.slice(0, line.indexOf(' ')));
  // Fields after the parenthesized command (which may hold spaces): state is field 3, utime 14, stime 15.
  const rest = line.slice(line.lastIndexOf(')') + 2).split(' ');
  return { tid, seconds: (Number(rest[11]) + Number(rest[12])) / ticksPerSecond };
}

/** Sums the last CPU seen per thread into ThreadCpu. */
export function threadCpu(last: ReadonlyMap<number, number>, mainTid: number, startup: ReadonlySet<number>): ThreadCpu {
  let main = 0, workers = 0, background = 0;
  for (const [tid, s] of last) {
    if (tid === mainTid) main += s;
    else if (startup.has(tid)) background += s;
    else workers += s;
  }
  return { main, workers, background };
}

const target = process.env['BENCH_RSS_FILE'];
if (target) {
  // A thread's CPU is only readable while it lives, so threads are sampled every 200 ms
  // (workers end before the process does); a thread's last 200 ms may be missed.
  const taskDir = '/proc/self/task';
  const last = new Map<number, number>();
  let startup: Set<number> | null = null;
  const sample = (): void => {
    let tids: string[];
    try { tids = fs.readdirSync(taskDir); } catch { return; }
    for (const t of tids) {
      try {
        const { tid, seconds } = parseTaskStat(fs.readFileSync(`${taskDir}/${t}/stat`, 'utf8'));
        last.set(tid, seconds);
      } catch { /* the thread ended */ }
    }
  };
  try { startup = new Set(fs.readdirSync(taskDir).map(Number)); } catch { startup = null; }
  if (startup) setInterval(sample, 200).unref();
  process.on('exit', () => {
    let cpu: ThreadCpu | null = null;
    if (startup) {
      sample();
      cpu = threadCpu(last, process.pid, startup);
    }
    fs.writeFileSync(target, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, cpu }));
  });
}
