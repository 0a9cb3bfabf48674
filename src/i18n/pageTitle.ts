/**
 * The browser tab's title of each screen, e.g. "Orders · Partners back-office" or, in French,
 * "Commandes · Back-office Partners". react-admin's <Title> fills the app bar only.
 */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface PageTitleContext {
  /** Names of the registered resources (react-admin's resource definitions). */
  resources: readonly string[];
  /** Custom pages inside the layout: path -> translation key of their name. */
  customPages: readonly { path: string; labelKey: string }[];
}

const SEPARATOR = ' · ';

/** The screen's own name for a location (without the app's name), or null for an unknown path. */
export function screenName(pathname: string, translate: Translate, context: PageTitleContext): string | null {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return translate('ra.page.dashboard');
  const custom = context.customPages.find((page) => page.path === path);
  if (custom) return translate(custom.labelKey);
  const [resource, second] = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (!resource) return null;
  // A screen of a resource this role has no <Resource> for (e.g. /agents, read as agent_directory by
  // non-admins) is still named when the catalog names it.
  if (!context.resources.includes(resource) && !translate(`resources.${resource}.name`, { smart_count: 2, _: '' })) return null;
  const name = (count: number) => translate(`resources.${resource}.name`, { smart_count: count });
  if (second === undefined) return name(2);
  if (second === 'create') return translate('ra.page.create', { name: name(1) });
  return name(1); // a record's show or edit page
}

/** The full document.title of a location. */
export function pageTitle(pathname: string, translate: Translate, context: PageTitleContext): string {
  const app = translate('app.title');
  const screen = screenName(pathname, translate, context);
  return screen ? `${screen}${SEPARATOR}${app}` : app;
}
