/**
 * The react-query options of a file's signed URL: asked once and reused while fresh (a signed
 * URL lives SIGNED_URL_SECONDS = 60 s; it is reused for 45 s), so the review queue can prepare
 * the next version's preview before the reviewer gets to it.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { BackOfficeDataProvider } from '../../providers/dataProvider';
import { opsKeys } from '../queries';

export const SIGNED_URL_FRESH_MS = 45_000;

export const signedUrlQuery = (dataProvider: BackOfficeDataProvider, path: string) => ({
  queryKey: opsKeys.signedUrl(path),
  queryFn: () => dataProvider.getDocumentSignedUrl(path),
  staleTime: SIGNED_URL_FRESH_MS,
  gcTime: SIGNED_URL_FRESH_MS,
  retry: false,
});

/** Signs the file ahead and warms the browser's cache with it (errors are left to the preview). */
export async function prefetchFile(
  queryClient: QueryClient,
  dataProvider: BackOfficeDataProvider,
  path: string,
  warm: (url: string) => Promise<unknown> = (url) => fetch(url),
): Promise<void> {
  try {
    const url = await queryClient.fetchQuery(signedUrlQuery(dataProvider, path));
    await warm(url);
  } catch {
    // The preview asks again and shows the error.
  }
}
