import type { ReactNode } from 'react';
import { CreateButton, ExportButton, FilterButton, TopToolbar, useCanAccess, useResourceContext } from 'react-admin';

export interface ListToolbarProps {
  /** Extra buttons (e.g. a relabelled CreateButton), shown between the filter and export buttons. */
  children?: ReactNode;
  /** Hide the "add filter" button (lists whose filters are all always on). */
  filterButton?: boolean;
  /** Show react-admin's CreateButton (itself hidden when the role may not create). */
  createButton?: boolean;
}

/**
 * The actions bar of a resource list: add filter, create (optional), the list's own buttons,
 * export. The export button is only hidden once the auth provider has refused the "export"
 * action (no flicker while the check is pending).
 */
export const ListToolbar = ({ children, filterButton = true, createButton = false }: ListToolbarProps) => {
  const resource = useResourceContext();
  const { canAccess } = useCanAccess({ resource, action: 'export' });
  return (
    <TopToolbar>
      {filterButton ? <FilterButton /> : null}
      {createButton ? <CreateButton /> : null}
      {children}
      {canAccess === false ? null : <ExportButton />}
    </TopToolbar>
  );
};
