import { NumberInput, useTranslate, type NumberInputProps } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { minorUnitDigits } from './money';

/** 99900 cents -> 999 (USD); JPY has no minor unit, BHD three digits. */
export const minorToMajor = (value: unknown, digits: number): number | string =>
  value === null || value === undefined || value === '' ? '' : Number(value) / 10 ** digits;

/** 999.5 -> 99950 cents, rounded to a whole minor unit; empty stays empty (required() says so). */
export const majorToMinor = (value: unknown, digits: number): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const number = Number(value);
  return Number.isNaN(number) ? null : Math.round(number * 10 ** digits);
};

/**
 * A price typed and shown in currency units (999.00) while the database keeps minor units
 * (99900): converted in the input (format / parse), with the digits of the form's currency.
 */
export const PriceInput = ({ currencySource = 'currency', ...props }: NumberInputProps & { currencySource?: string }) => {
  const translate = useTranslate();
  const currency = useWatch({ name: currencySource }) as string | undefined;
  const digits = minorUnitDigits(currency || 'USD');
  return (
    <NumberInput
      min={0}
      step={1 / 10 ** digits}
      helperText={translate('app.money.amount_major_help', { currency: currency || 'USD' })}
      {...props}
      format={(value: unknown) => minorToMajor(value, digits)}
      parse={(value: unknown) => majorToMinor(value, digits)}
    />
  );
};
