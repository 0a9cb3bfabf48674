import { DateField as RaDateField, useLocaleState, type DateFieldProps } from 'react-admin';

/** react-admin's DateField in the locale chosen in the app (not only the browser's). */
export const DateField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return <RaDateField locales={locale} {...props} />;
};
