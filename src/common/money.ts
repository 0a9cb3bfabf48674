/** Number of minor units in one major unit of a currency (USD 100, JPY 1, BHD 1000). */
export const minorUnitDigits = (currency: string): number => {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
};

/** Formats an amount stored in minor units (cents), e.g. 99900 USD -> "$999.00" / "999,00 $US". */
export const formatMinorUnits = (amount: number | null | undefined, currency: string | null | undefined, locale: string) => {
  if (amount == null || Number.isNaN(Number(amount))) return '';
  const code = (currency || 'USD').toUpperCase();
  const digits = minorUnitDigits(code);
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: code }).format(Number(amount) / 10 ** digits);
  } catch {
    return `${(Number(amount) / 10 ** digits).toFixed(digits)} ${code}`;
  }
};
