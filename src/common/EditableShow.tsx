import { EditButton, TopToolbar } from 'react-admin';
import { SimpleShow, type SimpleShowProps } from './SimpleShow';

/** The actions bar of a show view whose only action is "edit". */
export const EditShowActions = () => (
  <TopToolbar>
    <EditButton />
  </TopToolbar>
);

/** A SimpleShow with an edit button (the usual show view of an editable resource). */
export const EditableShow = (props: SimpleShowProps) => <SimpleShow actions={<EditShowActions />} {...props} />;
