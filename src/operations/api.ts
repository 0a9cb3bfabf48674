/**
 * Data access of the operations screens through the app's data provider (so the signed-in
 * session, the apikey and user-facing errors come with it):
 *  - `select`: a PostgREST query (embedding, filters) via ra-supabase's `supabaseClient(url)`;
 *  - `rpc`: the data provider's SQL-function call;
 *  - `signedFileUrl`: a short-lived signed URL of a file of the private `documents` bucket,
 *    from the Storage API through the same authenticated HTTP client.
 * (react-admin's useDataProvider() is a proxy: every method name "exists", so none is probed.)
 * Row-level security decides everything on the server.
 */
import { useMemo } from 'react';
import { useDataProvider, type DataProvider } from 'react-admin';

export const DOCUMENTS_BUCKET = 'documents';
export const SIGNED_URL_SECONDS = 60;

export interface OpsDataProvider extends DataProvider {
  supabaseClient?: (url: string, options?: Record<string, unknown>) => Promise<{ json: unknown }>;
  rpc?: <T = unknown>(fn: string, args?: Record<string, unknown>) => Promise<T>;
}

export interface OpsApi {
  select<T>(table: string, params: Record<string, string>): Promise<T[]>;
  rpc<T>(fn: string, args?: Record<string, unknown>): Promise<T>;
  signedFileUrl(path: string, expiresIn?: number): Promise<string>;
}

/** `table?select=...&col=eq.x` with every value URL-encoded. */
export const postgrestPath = (table: string, params: Record<string, string>) =>
  `${table}?${new URLSearchParams(params).toString()}`;

/** The Supabase API URL the SPA was built with (VITE_SUPABASE_URL). */
export const defaultApiUrl = (): string => {
  const env = (import.meta as unknown as { env?: Record<string, string | undefined> }).env ?? {};
  return (env.VITE_SUPABASE_URL ?? '').replace(/\/+$/, '');
};

export function createOpsApi(dataProvider: OpsDataProvider, apiUrl = defaultApiUrl()): OpsApi {
  return {
    async select<T>(table: string, params: Record<string, string>) {
      if (!dataProvider.supabaseClient) throw new Error('The data provider cannot run PostgREST queries');
      const { json } = await dataProvider.supabaseClient(postgrestPath(table, params));
      return (Array.isArray(json) ? json : []) as T[];
    },
    async rpc<T>(fn: string, args: Record<string, unknown> = {}) {
      if (!dataProvider.rpc) throw new Error('The data provider cannot call SQL functions');
      return dataProvider.rpc<T>(fn, args);
    },
    async signedFileUrl(path: string, expiresIn = SIGNED_URL_SECONDS) {
      if (!dataProvider.supabaseClient) throw new Error('The data provider cannot reach Storage');
      // ra-supabase resolves this against <api>/rest/v1/: climb to <api>/storage/v1.
      const { json } = await dataProvider.supabaseClient(
        `../../storage/v1/object/sign/${DOCUMENTS_BUCKET}/${encodeURI(path)}`,
        { method: 'POST', body: JSON.stringify({ expiresIn }) },
      );
      const signed = (json as { signedURL?: string } | null)?.signedURL;
      if (!signed) throw new Error('No signed URL returned');
      return `${apiUrl}/storage/v1${encodeURI(signed)}`;
    },
  };
}

export function useOpsApi(): OpsApi {
  const dataProvider = useDataProvider<OpsDataProvider>();
  return useMemo(() => createOpsApi(dataProvider), [dataProvider]);
}
