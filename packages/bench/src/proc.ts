import { readFileSync } from "node:fs";

/** Linux reports process times in clock ticks; USER_HZ is 100 on every Linux Node runs on. */
const TICK_MS = 10;

/** User plus system CPU time a process has used so far, in ms (from /proc/<pid>/stat). */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name, which may itself hold spaces and parentheses.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // utime and stime are fields 14 and 15 of stat(5); here 0-based after the name: 11 and 12.
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/** The peak resident set size of a process so far, in MB (VmHWM of /proc/<pid>/status). */
export function peakRssMb(pid: number): number {
  const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}
