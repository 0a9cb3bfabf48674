import { NumberField, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { EditableShow } from '../common/EditableShow';

export const StepShow = () => (
  <EditableShow>
    <TextField source="code" />
    <TextField source="label" />
    <TextField source="description" emptyText="-" />
    <NumberField source="position" />
    <DateField source="created_at" showTime />
  </EditableShow>
);
