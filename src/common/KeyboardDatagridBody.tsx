import type { KeyboardEvent } from 'react';
import { DatagridBody, DatagridRow, type DatagridBodyProps, type DatagridRowProps } from 'react-admin';

/** Enter on a focused row does what a click on it does (react-admin's rowClick). */
const openOnEnter = (event: KeyboardEvent<HTMLTableRowElement>) => {
  if (event.key === 'Enter' && event.target === event.currentTarget) event.currentTarget.click();
};

/**
 * A Datagrid row a keyboard user can open: react-admin's clickable rows take no focus, so a list's
 * records were out of reach without a mouse. A row with a rowClick is a Tab stop; Enter opens it.
 */
const KeyboardDatagridRow = (props: DatagridRowProps) => (
  <DatagridRow {...props} tabIndex={props.rowClick ? 0 : undefined} onKeyDown={props.rowClick ? openOnEnter : undefined} />
);

/** Pass as <Datagrid body={<KeyboardDatagridBody />}>. */
export const KeyboardDatagridBody = (props: DatagridBodyProps) => <DatagridBody {...props} row={<KeyboardDatagridRow />} />;
