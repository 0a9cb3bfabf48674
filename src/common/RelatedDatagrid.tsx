import type { ReactNode } from 'react';
import { Datagrid } from 'react-admin';
import { KeyboardDatagridBody } from './KeyboardDatagridBody';

/** The rows of a related list inside a show view (ReferenceManyField): click to show, "-" when none. */
export const RelatedDatagrid = ({ children }: { children: ReactNode }) => (
  <Datagrid rowClick="show" bulkActionButtons={false} body={<KeyboardDatagridBody />} empty={<span>-</span>}>
    {children}
  </Datagrid>
);
