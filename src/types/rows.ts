/**
 * Row types of the SPA, from the generated schema (database.types.ts): tables and views by name,
 * and the rows a SQL function returns. Never written by hand.
 */
import type { Database } from './database.types';

export type { Enums, Tables } from './database.types';

type Functions = Database['public']['Functions'];

/** One row of what the SQL function returns (set-returning functions: an element of the array). */
export type RpcRow<F extends keyof Functions> = Functions[F]['Returns'] extends readonly (infer R)[] ? R : Functions[F]['Returns'];
