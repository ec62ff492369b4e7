// Reading a Chromium trace of one page load: main-thread CPU time (thread time, `tts`/`tdur`,
// not the wall-clock `ts`/`dur`) of the top-level tasks from the script under test's evaluation
// on, and the wall-clock times beside it.
import { SETTLE_MS } from './options.mjs';

/**
 * Reads `buffer` (a trace). The page's renderer main thread is the thread of the `bench:start`
 * mark; a same-site frame (the checker's) runs on that thread too. `script` is the path of the
 * script under test: its first EvaluateScript on that thread after `bench:start`; without it
 * (a page without widgets) the span starts at bench:start.
 *
 * Returns, in ms of thread time:
 * - `script`: the top-level task that evaluated the script (evaluation, upgrades and, for Lit,
 *   the first render in its microtasks);
 * - `rendered`: every top-level task from that one until the `bench:painted` mark's task (every
 *   widget rendered and the next frame's style, layout and paint done), that task excluded;
 * - `longest`: the largest single top-level task from the script's task until `until` (page ms;
 *   default bench:done) + SETTLE_MS;
 * - `evaluate`: the evaluation's start (page ms) and its wall-clock length.
 */
export function readTrace(buffer, pageStart, script) {
  const events = JSON.parse(Buffer.from(buffer).toString('utf8')).traceEvents;
  const mark = (name) =>
    events.find((e) => e.name === name && String(e.cat).includes('blink.user_timing'));
  const start = mark('bench:start');
  const painted = mark('bench:painted');
  const done = mark('bench:done');
  if (!start || !done || !painted)
    throw new Error('the trace has no bench:start/done/painted marks');
  const onMain = (e) => e.ph === 'X' && e.pid === start.pid && e.tid === start.tid;
  const tasks = events
    .filter((e) => onMain(e) && e.name === 'RunTask' && typeof e.tdur === 'number')
    .sort((a, b) => a.ts - b.ts);
  const evaluate = script
    ? events
        .filter(
          (e) =>
            onMain(e) &&
            e.name === 'EvaluateScript' &&
            e.ts >= start.ts &&
            e.args?.data?.url?.endsWith(`/${script}`),
        )
        .sort((a, b) => a.ts - b.ts)[0]
    : undefined;
  if (script && !evaluate) throw new Error(`no EvaluateScript of ${script} in the trace`);
  const within = (e, at) => e.ts <= at && at <= e.ts + e.dur;
  const at = evaluate?.ts ?? start.ts;
  const first = tasks.find((e) => within(e, at));
  if (!first) throw new Error('no top-level task holds the script’s evaluation');
  const toTrace = (pageMs) => start.ts + (pageMs - pageStart) * 1000;
  const ms = (us) => us / 1000;
  const from = first.ts;
  const sum = (to) =>
    tasks.filter((e) => e.ts >= from && e.ts + e.dur <= to).reduce((s, e) => s + e.tdur, 0);
  return {
    script: ms(first.tdur),
    rendered: ms(sum(painted.ts)),
    evaluate: { at: pageStart + ms(at - start.ts), ms: evaluate ? ms(evaluate.dur) : null },
    /**
     * Thread time of every top-level task from the one that dispatched the first pointer or
     * mouse press after `pressedAt` (page ms) until the task of the mark `to` (excluded, as
     * bench:painted is): what a press costs the main thread until what it opened is drawn.
     * Also the number of tasks and the largest of them.
     */
    afterPress(pressedAt, to) {
      const end = events.find(
        (e) =>
          e.name === to &&
          String(e.cat).includes('blink.user_timing') &&
          e.ts >= toTrace(pressedAt),
      );
      if (!end) throw new Error(`the trace has no ${to} mark after the press`);
      const press = events
        .filter(
          (e) =>
            onMain(e) &&
            e.name === 'EventDispatch' &&
            ['pointerdown', 'mousedown'].includes(e.args?.data?.type) &&
            e.ts >= toTrace(pressedAt),
        )
        .sort((a, b) => a.ts - b.ts)[0];
      if (!press) throw new Error('no pointerdown or mousedown dispatched after the press');
      const pressTask = tasks.find((e) => within(e, press.ts));
      if (!pressTask) throw new Error('no top-level task holds the press');
      const span = tasks.filter((e) => e.ts >= pressTask.ts && e.ts + e.dur <= end.ts);
      return {
        cpu: ms(span.reduce((s, e) => s + e.tdur, 0)),
        longest: ms(Math.max(0, ...span.map((e) => e.tdur))),
        tasks: span.length,
        wall: ms(end.ts - pressTask.ts),
      };
    },
    longest(until) {
      const to = (until === undefined ? done.ts : toTrace(until)) + SETTLE_MS * 1000;
      let longest = 0;
      for (const e of tasks) if (e.ts >= from && e.ts <= to) longest = Math.max(longest, e.tdur);
      return ms(longest);
    },
  };
}

/**
 * Thread time (ms) of the top-level task that holds the user-timing mark `name` in the trace
 * `buffer`, on the mark's own thread: the CPU time of work a page runs alone in a task of its
 * own (sort.js's cold re-sort), with its wall-clock length.
 */
export function markedTask(buffer, name) {
  const events = JSON.parse(Buffer.from(buffer).toString('utf8')).traceEvents;
  const mark = events.find((e) => e.name === name && String(e.cat).includes('blink.user_timing'));
  if (!mark) throw new Error(`the trace has no ${name} mark`);
  const task = events.find(
    (e) =>
      e.ph === 'X' &&
      e.name === 'RunTask' &&
      typeof e.tdur === 'number' &&
      e.pid === mark.pid &&
      e.tid === mark.tid &&
      e.ts <= mark.ts &&
      mark.ts <= e.ts + e.dur,
  );
  if (!task) throw new Error(`no top-level task holds the ${name} mark`);
  return { cpu: task.tdur / 1000, wall: task.dur / 1000 };
}
