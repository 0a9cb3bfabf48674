/**
 * Runs INSIDE Deno (not Node): boots one Edge Function the way Supabase's edge runtime does.
 * The function calls `Deno.serve(handler)`; we override the address (127.0.0.1, a port chosen by
 * the OS) and report the port to the Node host on stdout, then import the function's entry file.
 */
interface ListenAddress {
  port: number;
  hostname: string;
}
interface ServeOptions {
  port?: number;
  hostname?: string;
  handler?: unknown;
  onListen?: (address: ListenAddress) => void;
  [option: string]: unknown;
}
// Minimal view of the Deno global, so this file also type-checks under Node's tsc.
declare const Deno: {
  serve: (...args: unknown[]) => unknown;
  env: { get(name: string): string | undefined };
  exit(code: number): never;
  stdin: { readable: ReadableStream<Uint8Array> };
};

export const LISTENING_MARKER = '__EDGE_FUNCTION_LISTENING__';

const entry = Deno.env.get('EDGE_FUNCTION_ENTRY');
if (!entry) {
  console.error('EDGE_FUNCTION_ENTRY is not set');
  Deno.exit(2);
}

// The host keeps our stdin open: when it closes (the host exited, even killed), exit too, so
// that no function outlives the stack.
(async () => {
  const reader = Deno.stdin.readable.getReader();
  while (!(await reader.read()).done) {
    // nothing is sent; only the end of the stream matters
  }
  Deno.exit(0);
})();

const realServe = Deno.serve.bind(Deno);
let served = false;

Deno.serve = (...args: unknown[]): unknown => {
  if (served) throw new Error('Deno.serve() may only be called once per Edge Function');
  served = true;
  const options: ServeOptions = typeof args[0] === 'object' && args[0] !== null ? (args[0] as ServeOptions) : {};
  const handler = typeof args[0] === 'function' ? args[0] : typeof args[1] === 'function' ? args[1] : options.handler;
  return realServe(
    {
      ...options,
      hostname: '127.0.0.1',
      port: 0,
      onListen: (address: ListenAddress) => console.log(`${LISTENING_MARKER} ${address.port}`),
    },
    handler,
  );
};

// Supabase's runtime exposes EdgeRuntime.waitUntil for background work; emulate it.
(globalThis as Record<string, unknown>).EdgeRuntime = {
  waitUntil(promise: Promise<unknown>) {
    promise.catch((error: unknown) => console.error('EdgeRuntime.waitUntil task failed:', error));
  },
};

await import(entry);
