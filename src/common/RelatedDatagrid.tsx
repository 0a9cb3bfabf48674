import type { ReactNode } from 'react';
import { Datagrid } from 'react-admin';

/** The rows of a related list inside a show view (ReferenceManyField): click to show, "-" when none. */
export const RelatedDatagrid = ({ children }: { children: ReactNode }) => (
  <Datagrid rowClick="show" bulkActionButtons={false} empty={<span>-</span>}>
    {children}
  </Datagrid>
);
