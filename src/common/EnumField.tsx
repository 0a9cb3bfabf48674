import { SelectField, type SelectFieldProps } from 'react-admin';
import { enumChoices, type EnumName } from './enums';

/** An enum column shown with its translated label. */
export const EnumField = ({ enumName, ...props }: Omit<SelectFieldProps, 'choices'> & { enumName: EnumName }) => (
  <SelectField {...props} choices={enumChoices(enumName)} />
);
