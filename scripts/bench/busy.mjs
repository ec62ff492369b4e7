// How busy the machine was during a bench, from /proc: of all CPU time on the machine
// (/proc/stat), the share stolen by the hypervisor, the share the bench used (its node process
// and every process it started, sampled from /proc/PID/stat twice a second, so a process's last
// half second may be missed) and the share used by everything else.
import { readFileSync, readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

/** Ticks since boot on all CPUs: total, idle (with iowait) and steal. */
function machineTicks() {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = fields.map(Number);
  return {
    total: user + nice + system + idle + iowait + irq + softirq + steal,
    idle: idle + iowait,
    steal,
  };
}

/** Every process: its parent and the CPU ticks it has used itself (utime + stime). */
function processes() {
  const out = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(name), { parent: Number(fields[1]), ticks: +fields[11] + +fields[12] });
    } catch {
      // it ended meanwhile
    }
  }
  return out;
}

/**
 * Starts watching: resolves nothing, returns `stop()`, which gives load averages (before,
 * after) and the shares of all CPU time used by others, stolen and used by the bench (NaN where
 * /proc is not readable).
 */
export function watchBusy() {
  const cores = cpus().length;
  let start;
  try {
    start = machineTicks();
  } catch {
    return () => ({
      cores,
      loadAverage: [loadavg()[0]],
      othersShare: NaN,
      stealShare: NaN,
      benchShare: NaN,
    });
  }
  const loadBefore = loadavg()[0];
  /** Ticks seen per process of ours (pid → [at start, latest]). */
  const ours = new Map();
  const sample = () => {
    const all = processes();
    const mine = new Set([process.pid]);
    // Parents are listed before their children often but not always: repeat until stable.
    for (let grew = true; grew;) {
      grew = false;
      for (const [pid, { parent }] of all) {
        if (!mine.has(pid) && mine.has(parent)) {
          mine.add(pid);
          grew = true;
        }
      }
    }
    for (const pid of mine) {
      const { ticks } = all.get(pid) ?? {};
      if (ticks === undefined) continue;
      const seen = ours.get(pid);
      if (seen) seen[1] = ticks;
      else ours.set(pid, [pid === process.pid ? ticks : 0, ticks]);
    }
  };
  sample();
  const timer = setInterval(sample, 500);
  return () => {
    clearInterval(timer);
    sample();
    const now = machineTicks();
    const total = now.total - start.total;
    const busy = total - (now.idle - start.idle);
    const steal = now.steal - start.steal;
    let bench = 0;
    for (const [from, to] of ours.values()) bench += to - from;
    return {
      cores,
      loadAverage: [loadBefore, loadavg()[0]],
      othersShare: Math.max(0, busy - steal - bench) / total,
      stealShare: steal / total,
      benchShare: bench / total,
    };
  };
}
