import { TextField } from '@mui/material';
import { useMemo, useState } from 'react';
import { FieldTitle, InputHelperText, useInput, useLocaleState, useTranslate, type InputProps, type Validator } from 'react-admin';
import { useDayPattern } from './DayTextField';
import { formatDateTime, isInstant, parseDateTime, usesTwelveHours } from './localeDateTime';

/** The placeholder of a moment in the locale: "jj/mm/aaaa hh:mm" (fr), "mm/dd/yyyy hh:mm AM/PM" (en). */
export const useDateTimePattern = () => {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const time = translate(usesTwelveHours(locale) ? 'app.filters.time_pattern_12h' : 'app.filters.time_pattern');
  return `${useDayPattern()} ${time}`;
};

/**
 * react-admin input of a date and time in the app's locale (instead of <DateTimeInput>, which
 * follows the browser's language). The form value is the ISO instant, or null when empty; text
 * that is no moment stays the value as typed, so the form refuses it with the format to use.
 */
export const LocaleDateTimeInput = ({ source, label, resource, validate, helperText, ...rest }: InputProps) => {
  const [locale] = useLocaleState();
  const pattern = useDateTimePattern();
  const validators = useMemo(() => {
    const format: Validator = (value) =>
      value === null || value === undefined || value === '' || isInstant(value)
        ? undefined
        : { message: 'app.validation.datetime_format', args: { pattern } };
    return [format, ...(Array.isArray(validate) ? validate : validate ? [validate] : [])];
  }, [validate, pattern]);
  const { field, fieldState, id, isRequired } = useInput({ source, resource, validate: validators, ...rest });
  const value = typeof field.value === 'string' ? field.value : '';
  const [text, setText] = useState(() => (isInstant(value) ? formatDateTime(value, locale) : value));
  const [synced, setSynced] = useState({ value, locale });
  if (synced.value !== value || synced.locale !== locale) {
    // Changed from outside (form reset, language switched): show the new value.
    setSynced({ value, locale });
    if (isInstant(value) || value === '') setText(formatDateTime(value, locale));
  }
  const { error, invalid } = fieldState;
  return (
    <TextField
      id={id}
      name={field.name}
      size="small"
      margin="dense"
      label={<FieldTitle label={label} source={source} resource={resource} isRequired={isRequired} />}
      value={text}
      placeholder={pattern}
      error={invalid}
      helperText={helperText !== false || invalid ? <InputHelperText error={error?.message} helperText={helperText} /> : undefined}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { autoComplete: 'off' } }}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        const moment = next.trim() === '' ? null : (parseDateTime(next, locale) ?? next);
        setSynced({ value: moment ?? '', locale });
        field.onChange(moment);
      }}
      onBlur={field.onBlur}
    />
  );
};
