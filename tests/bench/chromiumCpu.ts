import { readdirSync, readFileSync } from 'node:fs';
import type { CDPSession } from '@playwright/test';

/**
 * The main thread's busy time (TaskDuration) and its CPU time (ThreadTime) so far, in ms: under
 * load they vary less than the wall time, the CPU time least (time spent waiting for a core is not in it).
 */
export async function mainThreadMs(session: CDPSession): Promise<{ busy: number; cpu: number }> {
  const { metrics } = (await session.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  const metric = (name: string) => (metrics.find((each) => each.name === name)?.value ?? 0) * 1000;
  return { busy: metric('TaskDuration'), cpu: metric('ThreadTime') };
}

/** Clock ticks per second of /proc's times (USER_HZ: 100 on Linux). */
const TICKS_PER_SECOND = 100;

function readProc(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    // The process ended meanwhile.
    return null;
  }
}

/**
 * CPU time so far (user + system, every thread) of each process of the Chromium started with the
 * profile folder `profile`: the browser (found by its --user-data-dir) and all its descendants
 * (renderers, their workers and WebCrypto's threads, the network and storage services). By pid,
 * so that a difference counts only the processes alive at its end (see cpuSince). Linux only;
 * empty elsewhere.
 */
export function chromiumCpu(profile: string): Map<number, number> {
  const times = new Map<number, number>();
  let pids: number[];
  try {
    pids = readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map(Number);
  } catch {
    return times;
  }
  const parent = new Map<number, number>();
  const cpu = new Map<number, number>();
  const roots: number[] = [];
  for (const pid of pids) {
    const stat = readProc(`/proc/${pid}/stat`);
    if (!stat) continue;
    // After the command's name in parentheses (which may hold spaces): state, ppid, … utime (14), stime (15).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    parent.set(pid, Number(fields[1]));
    cpu.set(pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND);
    const command = readProc(`/proc/${pid}/cmdline`);
    if (command?.includes(`--user-data-dir=${profile}`) && !command.includes('--type=')) roots.push(pid);
  }
  const inTree = (pid: number): boolean => {
    for (let at: number | undefined = pid, steps = 0; at && steps < 64; at = parent.get(at), steps += 1)
      if (roots.includes(at)) return true;
    return false;
  };
  for (const [pid, ms] of cpu) if (inTree(pid)) times.set(pid, ms);
  return times;
}

/** CPU ms of Chromium's processes since `before` (chromiumCpu), those alive now; new ones count whole. */
export function cpuSince(profile: string, before: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of chromiumCpu(profile)) total += ms - (before.get(pid) ?? 0);
  return total;
}
