import { email, maxLength, maxValue, minValue, number, regex, required } from 'react-admin';
import { LIMITS } from './limits';

/** Form validators of the back-office, with translated messages (app.validation.*). */
export const requiredField = required();
export const validEmail = [required(), email('app.validation.email')];
/** On the value the form keeps: minor units (cents), see PriceInput. */
export const priceValidators = [
  required(),
  number(),
  minValue(0, 'app.validation.price_min'),
  maxValue(LIMITS.priceAmountCents, 'app.validation.price_max'),
];
/** Text limits, the same as the database's checks (20250601000850). */
export const nameValidators = [required(), maxLength(LIMITS.name, 'app.validation.max_length')];
export const optionalNameValidators = [maxLength(LIMITS.name, 'app.validation.max_length')];
export const descriptionValidators = [maxLength(LIMITS.description, 'app.validation.max_length')];
export const stripeIdValidators = [maxLength(LIMITS.stripeId, 'app.validation.max_length')];
export const positionValidators = [required(), number(), minValue(0, 'app.validation.position_min')];
export const durationValidators = [
  number(),
  minValue(1, 'app.validation.duration_min'),
  maxValue(LIMITS.estimatedDurationHours, 'app.validation.duration_max'),
];
export const codeValidators = [
  required(),
  regex(/^[A-Z][A-Z0-9_]*$/, 'app.validation.code_format'),
  maxLength(LIMITS.code, 'app.validation.max_length'),
];
export const currencyValidators = [required(), regex(/^[A-Z]{3}$/, 'app.validation.currency_format')];
export const fileSizeValidators = [
  required(),
  number(),
  minValue(1, 'app.validation.size_range'),
  maxValue(100, 'app.validation.size_range'),
];

/** A date-time that must be later than now (payment link expiry). */
export const futureDate =
  (now: () => Date = () => new Date()) =>
  (value: unknown) => {
    if (value === null || value === undefined || value === '') return undefined;
    const date = new Date(String(value));
    if (Number.isNaN(date.getTime())) return 'app.validation.expiry_future';
    return date.getTime() > now().getTime() ? undefined : 'app.validation.expiry_future';
  };

/** "pdf, .JPG png" -> ['pdf', 'jpg', 'png'] */
export const parseExtensions = (value: unknown): string[] =>
  String(value ?? '')
    .split(/[\s,;]+/)
    .map((ext) => ext.trim().replace(/^\./, '').toLowerCase())
    .filter((ext) => ext !== '');

export const formatExtensions = (value: unknown): string => (Array.isArray(value) ? value.join(', ') : String(value ?? ''));

export const extensionsValidator = (value: unknown) => {
  const list = Array.isArray(value) ? value : parseExtensions(value);
  if (list.length === 0) return 'app.validation.extensions_format';
  return list.every((ext) => /^[a-z0-9]{1,10}$/.test(String(ext))) ? undefined : 'app.validation.extensions_format';
};
