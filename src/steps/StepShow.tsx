import {
  EditButton,
  NumberField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { DateField } from '../common/DateField';

export const StepShow = () => (
  <Show
    actions={
      <TopToolbar>
        <EditButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="label" />
      <TextField source="description" emptyText="-" />
      <NumberField source="position" />
      <DateField source="created_at" showTime />
    </SimpleShowLayout>
  </Show>
);
