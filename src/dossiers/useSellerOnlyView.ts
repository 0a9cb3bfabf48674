import { useGetIdentity, useGetList } from 'react-admin';

/**
 * Is the signed-in AGENT looking at this dossier only because they sold it (product.md §2: the
 * dossier opened by a sale from their own payment link, read only)? True when they have no step
 * of it assigned; the database refuses their writes there anyway (messages_insert, the workflow
 * functions). Other roles: false (their rights do not depend on the dossier).
 */
export const useSellerOnlyView = (dossierId: string | undefined): { sellerOnly: boolean; isPending: boolean } => {
  const { identity, isPending: identityPending } = useGetIdentity();
  const isAgent = identity?.role === 'AGENT';
  const { total, isPending } = useGetList(
    'step_instances',
    {
      filter: { dossier_id: dossierId, assigned_to: identity?.id },
      pagination: { page: 1, perPage: 1 },
      sort: { field: 'created_at', order: 'ASC' },
    },
    { enabled: isAgent && dossierId != null && identity?.id != null },
  );
  if (identityPending) return { sellerOnly: false, isPending: true };
  if (!isAgent || dossierId == null) return { sellerOnly: false, isPending: false };
  return { sellerOnly: !isPending && total === 0, isPending };
};
