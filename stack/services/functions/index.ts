/**
 * Local Edge Functions host: every folder of supabase/functions runs in its own Deno process
 * (as on Supabase's edge runtime), behind one HTTP router on ports.functions that serves
 * /<name>/... (the gateway strips /functions/v1). Processes boot in parallel, in the background:
 * a request waits for its function to be listening, and a crashed function is rebooted on demand.
 * A request body over `maxBodyBytes` is refused with 413 PAYLOAD_TOO_LARGE before it is buffered
 * (declared Content-Length) or as soon as the bytes read pass the limit; the function never sees it.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { StackConfig } from '../../config.ts';
import { createLogger } from '../../log.ts';
import { discoverFunctions } from './discover.ts';
import { functionEnv } from './function-env.ts';
import { FunctionProcess } from './function-process.ts';
import { BODY_LIMITS } from '../body-limits.ts';
import { BodyTooLargeError, closeServer, formatBytes, listen, readBody, refuseTooLarge, sendJson } from '../http.ts';
import { forward } from './proxy.ts';
import { startReminderScheduler } from './reminder-scheduler.ts';

export interface FunctionsService {
  name: string;
  url?: string;
  /** The function names served. */
  functions: string[];
  /** Ids of the Deno processes currently running. */
  processIds(): number[];
  /** Resolves once every function listens; rejects with the boot error of the first that cannot. */
  ready(): Promise<void>;
  stop(): Promise<void>;
}

export interface FunctionsOptions {
  /** Where function output goes; default: the log file (and the console with STACK_VERBOSE=1). */
  log?: (line: string) => void;
  /** The largest request body passed to a function (default BODY_LIMITS.functions). */
  maxBodyBytes?: number;
}

/** Function output goes to <dataDir>/logs/functions.log, and to the console with STACK_VERBOSE=1. */
function fileLogger(config: StackConfig): { log: (line: string) => void; close: () => void } {
  const logDir = path.join(config.dataDir, 'logs');
  fs.mkdirSync(logDir, { recursive: true });
  const file = fs.createWriteStream(path.join(logDir, 'functions.log'), { flags: 'a' });
  const logger = createLogger('functions');
  return {
    log: (line) => {
      file.write(`${new Date().toISOString()} ${line}\n`);
      logger.debug(line);
    },
    close: () => file.end(),
  };
}

export async function startFunctions(config: StackConfig, options: FunctionsOptions = {}): Promise<FunctionsService> {
  const logFile = options.log ? undefined : fileLogger(config);
  const log = options.log ?? logFile!.log;
  const env = functionEnv(config);
  const processes = new Map(
    discoverFunctions(config.rootDir).map((source) => [
      source.name,
      new FunctionProcess(source, {
        rootDir: config.rootDir,
        env,
        log: (line) => log(`[functions:${source.name}] ${line}`),
      }),
    ]),
  );
  const boots = [...processes.values()].map((fn) => fn.ensureStarted());
  const agent = new http.Agent({ keepAlive: true });
  const maxBodyBytes = options.maxBodyBytes ?? BODY_LIMITS.functions;

  const bootError = (name: string, res: http.ServerResponse) => (error: Error) => {
    log(`[functions:${name}] boot error: ${error.message}`);
    sendJson(res, 503, { code: 'BOOT_ERROR', message: `Function "${name}" failed to boot; see the functions log` });
  };

  const server = http.createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://functions').pathname.split('/')[1] ?? '');
    const fn = processes.get(name);
    if (!fn) {
      sendJson(res, 404, { code: 'NOT_FOUND', message: 'Requested function was not found' });
      return;
    }
    void (async () => {
      let body: Buffer;
      try {
        body = await readBody(req, maxBodyBytes);
      } catch (error) {
        if (!(error instanceof BodyTooLargeError)) throw error;
        return refuseTooLarge(req, res, {
          code: 'PAYLOAD_TOO_LARGE',
          message: `Request body larger than the limit of ${formatBytes(maxBodyBytes)}`,
        });
      }
      let port: number;
      try {
        port = await fn.ensureStarted();
      } catch (error) {
        return bootError(name, res)(error as Error);
      }
      if (await forward(port, agent, req, body, res)) return;
      // Refused: the process died since it was last seen listening. Boot it again, retry once.
      log(`[functions:${name}] connection refused; restarting`);
      try {
        port = await fn.restart(port);
      } catch (error) {
        return bootError(name, res)(error as Error);
      }
      if (!(await forward(port, agent, req, body, res))) {
        sendJson(res, 502, { code: 'FUNCTION_ERROR', message: `Function "${name}" refused the connection` });
      }
    })().catch((error: Error) => sendJson(res, 500, { code: 'FUNCTION_HOST_ERROR', message: error.message }));
  });

  const stopProcesses = () => Promise.all([...processes.values()].map((fn) => fn.stop()));
  try {
    await listen(server, config.ports.functions, config.host);
  } catch (error) {
    await stopProcesses();
    logFile?.close();
    throw new Error(`functions: cannot listen on ${config.host}:${config.ports.functions}: ${(error as Error).message}`);
  }
  const scheduler = startReminderScheduler(config, log);

  return {
    name: 'functions',
    url: `http://${config.host}:${config.ports.functions}`,
    functions: [...processes.keys()],
    processIds: () => [...processes.values()].flatMap((fn) => (fn.pid === undefined ? [] : [fn.pid])),
    ready: async () => {
      await Promise.all(boots);
    },
    stop: async () => {
      scheduler.stop();
      await stopProcesses();
      agent.destroy();
      await closeServer(server);
      logFile?.close();
    },
  };
}
