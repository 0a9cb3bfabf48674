import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A page loaded when first shown, in a chunk of its own (react-admin's layout renders pages inside
 * <Suspense>): `list: lazyPage(() => import('./OrderList'), 'OrderList')`. Keeps a resource's
 * pages out of the first load; the module's named export is the page.
 */
export const lazyPage = <Name extends string, Module extends Record<Name, ComponentType>>(
  load: () => Promise<Module>,
  name: Name,
): LazyExoticComponent<Module[Name]> => lazy(async () => ({ default: (await load())[name] }));
