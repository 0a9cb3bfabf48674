import { FieldTitle, useInput, type InputProps } from 'react-admin';
import { DayTextField } from './DayTextField';

/** react-admin input of a day in the app's locale (instead of <DateInput>, which follows the browser). */
export const DayInput = ({ source, label, resource, parse, format, helperText, ...rest }: InputProps) => {
  const { field, fieldState, id, isRequired } = useInput({ source, parse, format, resource, ...rest });
  return (
    <DayTextField
      id={id}
      name={field.name}
      size="small"
      margin="dense"
      label={<FieldTitle label={label} source={source} resource={resource} isRequired={isRequired} />}
      value={typeof field.value === 'string' ? field.value : ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      error={fieldState.invalid}
      helperText={helperText === false ? undefined : helperText}
    />
  );
};
