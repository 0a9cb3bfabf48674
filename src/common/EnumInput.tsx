import { SelectInput, type SelectInputProps } from 'react-admin';
import { enumChoices, type EnumName } from './enums';

export const EnumInput = ({ enumName, ...props }: Omit<SelectInputProps, 'choices'> & { enumName: EnumName }) => (
  <SelectInput {...props} choices={enumChoices(enumName)} />
);
