/** Resident memory of processes, from /proc/<pid>/status (Linux), sampled to find the peak. */
import { readFileSync } from 'node:fs';

/** VmRSS in bytes, or undefined once the process is gone. */
export function rssOf(pid: number): number | undefined {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

export interface RssSampler {
  /** The highest RSS seen per pid since start. */
  stop(): Map<number, number>;
}

export function sampleRss(pids: number[], intervalMs = 25): RssSampler {
  const peak = new Map<number, number>();
  const sample = () => {
    for (const pid of pids) {
      const rss = rssOf(pid);
      if (rss !== undefined && rss > (peak.get(pid) ?? 0)) peak.set(pid, rss);
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}
