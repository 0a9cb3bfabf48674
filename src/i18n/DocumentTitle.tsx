import { useEffect } from 'react';
import { useLocale, useResourceDefinitions, useTranslate } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { operationsMenuItems } from '../operations/menuItems';
import { pageTitle } from './pageTitle';

/** Pages inside the layout that are no resource: the operations screens and where a refusal lands. */
const customPages = [
  ...operationsMenuItems.map((item) => ({ path: item.path, labelKey: item.labelKey })),
  { path: '/access-denied', labelKey: 'app.access_denied.title' },
];

/** Keeps document.title on the current screen's translated name; renders nothing. */
export const DocumentTitle = () => {
  const { pathname } = useLocation();
  const translate = useTranslate();
  const locale = useLocale();
  const definitions = useResourceDefinitions();
  const resources = Object.keys(definitions).join(',');
  useEffect(() => {
    document.title = pageTitle(pathname, translate, { resources: resources.split(','), customPages });
  }, [pathname, translate, locale, resources]);
  return null;
};
