/** Environment variables, with a clear 500 when a required one is missing. */
import { HttpError } from './http.ts';

export function optionalEnv(name: string): string | undefined {
  const value = Deno.env.get(name);
  return value ? value : undefined;
}

export function requireEnv(name: string): string {
  const value = optionalEnv(name);
  if (!value) throw new HttpError(500, `Server misconfiguration: ${name} is not set`);
  return value;
}
