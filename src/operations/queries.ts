/**
 * The operations screens' server state through react-query (react-admin's own data layer): one
 * place for the query keys, so a write invalidates exactly what it changes, and the data
 * provider (with its typed operations methods) the queries call.
 */
import { useDataProvider } from 'react-admin';
import type { BackOfficeDataProvider } from '../providers/dataProvider';

export const opsKeys = {
  all: ['ops'] as const,
  board: ['ops', 'step_board'] as const,
  workloads: ['ops', 'step_workloads'] as const,
  assignable: ['ops', 'assignable_agents'] as const,
  myWork: ['ops', 'my_work'] as const,
  queue: ['ops', 'review_queue'] as const,
  timeline: (dossierId: string) => ['ops', 'timeline', dossierId] as const,
  progress: (dossierId: string) => ['ops', 'progress', dossierId] as const,
  activity: (filters: object) => ['ops', 'activity', filters] as const,
  dossierLookup: (term: string) => ['ops', 'dossier_lookup', term] as const,
  signedUrl: (path: string) => ['ops', 'signed_url', path] as const,
  rpc: (fn: string, args: object) => ['ops', 'rpc', fn, args] as const,
};

/** The app's data provider with its custom methods (react-admin's proxy: every name "exists"). */
export const useOpsDataProvider = () => useDataProvider<BackOfficeDataProvider>();

/** A react-query error as a sentence (the data provider already phrased it). */
export const errorMessage = (error: unknown): string | null => (error ? (error as Error).message : null);
