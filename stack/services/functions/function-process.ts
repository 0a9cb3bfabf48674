/**
 * One Deno process per Edge Function: spawned with the serve wrapper, which binds the function's
 * `Deno.serve` handler to a free port and prints it. Restarted on demand after a crash.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { denoBinary, type EdgeFunctionSource } from './discover.ts';

const WRAPPER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'serve-wrapper.ts');
const LISTENING_MARKER = '__EDGE_FUNCTION_LISTENING__';
const BOOT_TIMEOUT_MS = 30_000;
const TAIL_LINES = 40;

export interface FunctionProcessOptions {
  rootDir: string;
  env: Record<string, string>;
  /** Receives every line the function prints (stdout and stderr). */
  log: (line: string) => void;
}

export class FunctionBootError extends Error {}

/** The Deno command line: no type-checking at start, npm packages from the repository's node_modules. */
export function denoRunArgs(source: EdgeFunctionSource): string[] {
  return [
    'run',
    '--allow-all',
    '--no-prompt',
    '--no-lock',
    '--node-modules-dir=manual',
    ...(source.config ? ['--config', source.config] : []),
    WRAPPER,
  ];
}

export class FunctionProcess {
  private child?: ChildProcess;
  private port?: Promise<number>;
  private listeningPort?: number;
  private readonly tail: string[] = [];
  private stopping = false;

  constructor(
    readonly source: EdgeFunctionSource,
    private readonly options: FunctionProcessOptions,
  ) {}

  /** The running Deno process id, if any. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** The port the function listens on, booting it first when it is not running. */
  ensureStarted(): Promise<number> {
    if (this.port) return this.port;
    this.stopping = false;
    const child = spawn(denoBinary(this.options.rootDir), denoRunArgs(this.source), {
      cwd: this.source.dir,
      env: { ...this.options.env, EDGE_FUNCTION_ENTRY: pathToFileURL(this.source.entry).href },
      stdio: ['pipe', 'pipe', 'pipe'], // stdin: closes when the host dies (the wrapper then exits)
      detached: true, // own process group: a terminal's Ctrl-C goes to the supervisor, which stops it
    });
    this.child = child;
    const port = new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new FunctionBootError(`${this.source.name} did not start listening within ${BOOT_TIMEOUT_MS} ms`));
        child.kill('SIGKILL');
      }, BOOT_TIMEOUT_MS);
      const onLine = (line: string) => {
        if (line.startsWith(LISTENING_MARKER)) {
          clearTimeout(timer);
          this.listeningPort = Number(line.slice(LISTENING_MARKER.length).trim());
          resolve(this.listeningPort);
          return;
        }
        this.tail.push(line);
        if (this.tail.length > TAIL_LINES) this.tail.shift();
        this.options.log(line);
      };
      readline.createInterface({ input: child.stdout! }).on('line', onLine);
      readline.createInterface({ input: child.stderr! }).on('line', onLine);
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(new FunctionBootError(`${this.source.name} could not be started: ${error.message}`));
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        if (this.child === child) {
          this.child = undefined;
          this.port = undefined;
        }
        const how = signal ? `signal ${signal}` : `code ${code}`;
        if (!this.stopping) this.options.log(`exited (${how})`);
        reject(new FunctionBootError(`${this.source.name} exited (${how}) before listening:\n${this.tail.join('\n')}`));
      });
    });
    port.catch(() => undefined); // observed by callers; avoid unhandled rejections
    this.port = port;
    return port;
  }

  /** After a refused connection: the process is dying or dead; make sure it is gone, boot it again. */
  async restart(refusedPort: number): Promise<number> {
    if (this.port && this.listeningPort !== refusedPort) return this.port; // another request restarted it
    await this.stop();
    return this.ensureStarted();
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.stopping = true;
    this.port = undefined;
    this.child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      const force = setTimeout(() => child.kill('SIGKILL'), 3_000);
      child.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      child.kill('SIGTERM');
    });
  }
}
