/**
 * One service under watch: when its process ends without being asked to, the crash is printed
 * with the service's last lines of output and the service is started again, with a growing delay
 * between attempts. After `maxAttempts` failures in a row it gives up and tells the supervisor.
 */
import type { Logger } from './log';
import type { RunningService, ServiceExit } from './services/types';

export interface RestartPolicy {
  /** Restarts in a row (failed starts and crashes soon after a start) before giving up. */
  maxAttempts: number;
  /** Delay before restart n (1-based): firstDelayMs * 2^(n-1), at most maxDelayMs. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** A service that has run this long since it was last started has recovered: the count restarts. */
  stableMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  maxAttempts: 5,
  firstDelayMs: 250,
  maxDelayMs: 4_000,
  stableMs: 10_000,
};

export class ServiceGaveUpError extends Error {
  constructor(
    readonly service: string,
    attempts: number,
    cause: string,
  ) {
    super(`${service} could not be restarted after ${attempts} attempts (last: ${cause})`);
  }
}

export interface SupervisedServiceHooks {
  /** After a successful restart (the supervisor nudges services that depend on this one). */
  restarted(service: RunningService): Promise<void>;
  gaveUp(error: ServiceGaveUpError): void;
}

/** How many of the service's last lines a crash report shows. */
const CRASH_LINES = 15;
const describeExit = ({ code, signal }: ServiceExit) => (signal ? `killed by ${signal}` : `exit code ${code}`);
const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');

export class SupervisedService {
  private current?: RunningService;
  private stopping = false;
  private recovery?: Promise<void>;
  private wakeUp?: () => void;

  constructor(
    readonly name: string,
    private readonly startService: () => Promise<RunningService>,
    private readonly hooks: SupervisedServiceHooks,
    private readonly log: Logger,
    private readonly policy: RestartPolicy = DEFAULT_RESTART_POLICY,
  ) {}

  /** The first start: a failure here is thrown to the caller (start-up fails), not retried. */
  async start(): Promise<RunningService> {
    const service = await this.startService();
    this.watch(service, 0);
    return service;
  }

  private watch(service: RunningService, attemptsSoFar: number): void {
    this.current = service;
    const startedAt = Date.now();
    void service.exited?.then((exit) => {
      if (this.stopping || this.current !== service) return;
      this.current = undefined;
      const output = service.recentOutput?.().trim().split('\n').slice(-CRASH_LINES).join('\n');
      this.log.error(
        `${this.name} stopped unexpectedly (${describeExit(exit)})` +
          (output ? `; its last output:\n${indent(output)}` : '; it printed nothing'),
      );
      const attempts = Date.now() - startedAt >= this.policy.stableMs ? 0 : attemptsSoFar;
      this.recovery = this.restart(attempts, describeExit(exit));
    });
  }

  private async restart(attemptsSoFar: number, lastFailure: string): Promise<void> {
    for (let attempt = attemptsSoFar + 1; !this.stopping; attempt++) {
      if (attempt > this.policy.maxAttempts) {
        this.hooks.gaveUp(new ServiceGaveUpError(this.name, this.policy.maxAttempts, lastFailure));
        return;
      }
      const delay = Math.min(this.policy.firstDelayMs * 2 ** (attempt - 1), this.policy.maxDelayMs);
      this.log.info(`restarting ${this.name} in ${delay} ms (attempt ${attempt} of ${this.policy.maxAttempts})`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        this.wakeUp = () => (clearTimeout(timer), resolve());
      });
      if (this.stopping) return;
      let service: RunningService;
      try {
        service = await this.startService();
      } catch (error) {
        lastFailure = (error instanceof Error ? error.message : String(error)).trim();
        this.log.error(`restarting ${this.name} failed:\n${indent(lastFailure)}`);
        continue;
      }
      if (this.stopping) return void (await service.stop());
      this.log.info(`${this.name} is back (attempt ${attempt})`);
      this.watch(service, attempt);
      await this.hooks.restarted(service).catch((error: unknown) => this.log.error(`after restarting ${this.name}: ${String(error)}`));
      return;
    }
  }

  /** No more restarts from now on (the stack is stopping). */
  holdRestarts(): void {
    this.stopping = true;
    this.wakeUp?.();
  }

  async stop(): Promise<void> {
    this.holdRestarts();
    await this.recovery;
    await this.current?.stop();
    this.current = undefined;
  }
}
