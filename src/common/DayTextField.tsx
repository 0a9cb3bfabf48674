import { TextField, type TextFieldProps } from '@mui/material';
import { useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { dayLayout, formatDay, parseDay } from './localeDay';

export interface DayTextFieldProps extends Omit<TextFieldProps, 'value' | 'onChange' | 'type' | 'defaultValue'> {
  /** The day as "YYYY-MM-DD", or '' for none. */
  value: string;
  /** Called with the typed day ("YYYY-MM-DD"), or '' while the text is empty or not a day yet. */
  onChange(day: string): void;
}

/** The placeholder of a day in the locale: "jj/mm/aaaa" in French, "mm/dd/yyyy" in English. */
export const useDayPattern = () => {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const { order, separator } = dayLayout(locale);
  return order.map((part) => translate(`app.filters.day_parts.${part}`)).join(separator);
};

/** A day typed and shown in the app's locale (see localeDay.ts), for filters and date ranges. */
export const DayTextField = ({ value, onChange, onBlur, error, helperText, ...rest }: DayTextFieldProps) => {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const pattern = useDayPattern();
  const [text, setText] = useState(() => formatDay(value, locale));
  const [synced, setSynced] = useState({ value, locale });
  const [blurred, setBlurred] = useState(false);
  if (synced.value !== value || synced.locale !== locale) {
    // Changed from outside (filter cleared, language switched): show the new value.
    setSynced({ value, locale });
    if (value !== (parseDay(text, locale) ?? '')) setText(formatDay(value, locale));
  }
  const invalid = text.trim() !== '' && parseDay(text, locale) === null;
  return (
    <TextField
      {...rest}
      value={text}
      placeholder={pattern}
      error={Boolean(error) || (invalid && blurred)}
      helperText={invalid && blurred ? translate('app.filters.day_format', { pattern }) : helperText}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        setBlurred(false);
        const day = parseDay(next, locale) ?? '';
        setSynced({ value: day, locale });
        if (day !== value) onChange(day);
      }}
      onBlur={(event) => {
        setBlurred(true);
        onBlur?.(event);
      }}
    />
  );
};
