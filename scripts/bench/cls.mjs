// Cumulative Layout Shift from the layout-shift entries bench.js buffered.

/** CLS: the largest session window (gaps < 1 s, windows ≤ 5 s) of shifts without recent input. */
export function cls(shifts) {
  let best = 0;
  let sum = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const shift of shifts.filter((s) => !s.hadRecentInput)) {
    if (shift.startTime - last < 1000 && shift.startTime - first < 5000) {
      sum += shift.value;
    } else {
      sum = shift.value;
      first = shift.startTime;
    }
    last = shift.startTime;
    best = Math.max(best, sum);
  }
  return best;
}

/** Which nodes moved in the late-script page's layout shifts (the first run with any). */
export function movedNodes(runs) {
  for (const r of runs) {
    const shifts = r.late?.shifts ?? [];
    if (!shifts.length) continue;
    const nodes = new Set(shifts.flatMap((s) => s.sources.map((x) => x.node).filter(Boolean)));
    return `moved: ${[...nodes].slice(0, 4).join(', ')}`;
  }
  return null;
}
