/**
 * Concurrent clients on a mix of the SPA's requests: each client sends one request after the
 * other (its role's token), starting at a different place in the mix, for `seconds`.
 */
import type { StackConfig } from '../config';
import { send, type ReplayRequest } from './replay';
import { percentile } from './stats';

export interface LoadResult {
  clients: number;
  seconds: number;
  mixSize: number;
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  errors: number;
  errorStatuses: Record<string, number>;
  /** "<status> <role> <method> <path>" -> how many times it failed (what to look for in the logs) */
  failedRequests: Record<string, number>;
}

export async function runLoad(
  config: StackConfig,
  mix: ReplayRequest[],
  tokens: Record<string, string>,
  options: { clients: number; seconds: number },
): Promise<LoadResult> {
  if (mix.length === 0) throw new Error('load: the mix is empty');
  const latencies: number[] = [];
  const errorStatuses: Record<string, number> = {};
  const failedRequests: Record<string, number> = {};
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const client = async (index: number) => {
    for (let next = Math.floor((index * mix.length) / options.clients); performance.now() < deadline; next++) {
      const request = mix[next % mix.length]!;
      const sample = await send(config, request, 'role', tokens[request.role]!, 30_000);
      latencies.push(sample.ms);
      if (sample.status < 200 || sample.status >= 400) {
        errorStatuses[sample.status] = (errorStatuses[sample.status] ?? 0) + 1;
        const what = `${sample.status} ${request.role} ${request.method} ${request.path}`;
        failedRequests[what] = (failedRequests[what] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, i) => client(i)));
  const elapsed = (performance.now() - started) / 1000;
  return {
    clients: options.clients,
    seconds: options.seconds,
    mixSize: mix.length,
    requests: latencies.length,
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    errors: Object.values(errorStatuses).reduce((a, b) => a + b, 0),
    errorStatuses,
    failedRequests,
  };
}
