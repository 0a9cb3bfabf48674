/** What every service module's start function returns to the supervisor. */
export interface RunningService {
  name: string;
  url?: string;
  stop(): Promise<void>;
  /**
   * Services that are child processes: settles when the process has ended, for whatever reason.
   * The supervisor watches it and restarts the service when it ends without being asked to.
   */
  exited?: Promise<ServiceExit>;
  /** The last lines the service printed, shown when it crashes. */
  recentOutput?(): string;
}

export interface ServiceExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}
