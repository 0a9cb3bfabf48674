import { useTranslate } from 'react-admin';

/**
 * A resource's name in the user's language, singular or plural. Its translation holds both forms
 * ("Dossier |||| Dossiers"); a label given as the bare key would be printed with the "||||".
 */
export const ResourceNameLabel = ({ resource, count = 2 }: { resource: string; count?: number }) => {
  const translate = useTranslate();
  return <span>{translate(`resources.${resource}.name`, { smart_count: count })}</span>;
};
