// Reading a Chromium trace of one page load: the script under test's evaluation and the longest
// task on the page's main thread while the widgets start up.
import { SETTLE_MS } from './options.mjs';

/**
 * Reads `buffer` (a trace). The page's renderer main thread is the thread of the `bench:start`
 * mark; a same-site frame (the checker's) runs on that thread too. `script` is the path of the
 * script under test: its first EvaluateScript (compile + run) on that thread after
 * `bench:start`. `pageStart` is bench:start in the page's performance.now() milliseconds.
 */
export function readTrace(buffer, pageStart, script) {
  const events = JSON.parse(Buffer.from(buffer).toString('utf8')).traceEvents;
  const mark = (name) =>
    events.find((e) => e.name === name && String(e.cat).includes('blink.user_timing'));
  const start = mark('bench:start');
  const done = mark('bench:done');
  if (!start || !done) throw new Error('the trace has no bench:start/bench:done marks');
  const onMain = (e) => e.ph === 'X' && e.pid === start.pid && e.tid === start.tid;
  const evaluate = events
    .filter(
      (e) =>
        onMain(e) &&
        e.name === 'EvaluateScript' &&
        e.ts >= start.ts &&
        e.args?.data?.url?.endsWith(`/${script}`),
    )
    .sort((a, b) => a.ts - b.ts)[0];
  const toTrace = (pageMs) => start.ts + (pageMs - pageStart) * 1000;
  return {
    /** The script's EvaluateScript: when it began (page ms) and how long it took. */
    evaluate: evaluate
      ? { at: pageStart + (evaluate.ts - start.ts) / 1000, ms: evaluate.dur / 1000 }
      : null,
    /**
     * The longest RunTask on the main thread within [the script's evaluation (or bench:start),
     * `until` (page ms; default bench:done) + SETTLE_MS], each task clipped to that window: what
     * falls outside (the partner page's own parsing and first layout before the script runs)
     * is not the widgets'.
     */
    longestTask(until) {
      const from = evaluate ? evaluate.ts : start.ts;
      const to = (until === undefined ? done.ts : toTrace(until)) + SETTLE_MS * 1000;
      let longest = 0;
      for (const e of events) {
        if (!onMain(e) || e.name !== 'RunTask') continue;
        longest = Math.max(longest, Math.min(e.ts + e.dur, to) - Math.max(e.ts, from));
      }
      return longest / 1000;
    },
  };
}
