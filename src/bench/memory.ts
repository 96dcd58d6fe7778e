/**
 * Peak memory of a case, from Linux's own accounting: VmHWM in /proc/<pid>/status is the process's
 * peak resident set, and writing 5 to /proc/<pid>/clear_refs resets it to the current RSS. This
 * catches peaks that a sampling timer would miss: duckdb-wasm's blocking bundle runs queries
 * synchronously, so no timer fires while it works. Linux only (the bench machine).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

type Pid = number | 'self';

function status(pid: Pid): string {
  return readFileSync(`/proc/${pid}/status`, 'utf8');
}

function kbField(text: string, field: string): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
  if (!m) throw new Error(`no ${field} in /proc status`);
  return Number(m[1]);
}

/** Resets the process's peak RSS to its current RSS. */
export function resetPeak(pid: Pid = 'self'): void {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

/** Peak RSS in MB since the last reset (or since the process started). */
export function peakMb(pid: Pid = 'self'): number {
  return kbField(status(pid), 'VmHWM') / 1024;
}

// Linux reports CPU time in clock ticks of 1/100 s (sysconf(_SC_CLK_TCK) on every common platform).
const TICK_MS = 10;

/** CPU time (user + system, all threads) a process has used so far, in ms: 10 ms resolution. */
export function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the command name: state is field 3, utime field 14, stime field 15.
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/** Every live descendant of a process with its command line (for the browser's renderer processes). */
export function descendants(root: number = process.pid): { pid: number; cmdline: string }[] {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name in field 2 may hold spaces and parentheses: the ppid follows the last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      /* exited meanwhile */
    }
  }
  const out: { pid: number; cmdline: string }[] = [];
  const isBelow = (pid: number): boolean => {
    for (let p = parent.get(pid), hops = 0; p !== undefined && hops < 64; p = parent.get(p), hops++) if (p === root) return true;
    return false;
  };
  for (const pid of parent.keys()) {
    if (!isBelow(pid)) continue;
    try {
      out.push({ pid, cmdline: readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ') });
    } catch {
      /* exited meanwhile */
    }
  }
  return out;
}

/** Chromium's renderer processes below this one: a tab and its workers live in one of them. */
export function rendererPids(): number[] {
  return descendants()
    .filter((p) => p.cmdline.includes('--type=renderer'))
    .map((p) => p.pid);
}
