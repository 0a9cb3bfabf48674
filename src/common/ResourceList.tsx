import { List, type ListProps } from 'react-admin';
import { ListEmpty } from './ListEmpty';
import { ListToolbar } from './ListToolbar';

/**
 * A react-admin <List> with the back-office defaults: the shared empty state and the
 * filter/export toolbar. Every prop can still be overridden (e.g. `actions={<ListToolbar>…}`).
 */
export const ResourceList = (props: ListProps) => <List empty={<ListEmpty />} actions={<ListToolbar />} {...props} />;
