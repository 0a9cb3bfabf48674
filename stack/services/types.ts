/** What every service module's start function returns to the supervisor. */
export interface RunningService {
  name: string;
  url?: string;
  stop(): Promise<void>;
}
