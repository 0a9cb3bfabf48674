/**
 * Operations screens for react-admin CustomRoutes (inside the layout), their menu entries, and
 * the dossier timeline the dossier show page embeds. Wiring (App.tsx / Menu.tsx):
 *
 *   <CustomRoutes>{operationsRoutes.map((r) => <Route key={r.path} path={r.path} element={r.element} />)}</CustomRoutes>
 *
 * and a menu item per operationsMenuItems entry the user canAccess (resource, action).
 */
import { createElement, lazy, type ReactElement } from 'react';

export { operationsMenuItems, type OperationsMenuItem } from './menuItems';
export { OperationsMenu } from './OperationsMenu';
export { DossierTimeline } from './timeline/DossierTimeline';
export { DossierStepProgress } from './timeline/DossierStepProgress';
export { FilePreview } from './review/FilePreview';
export { mergeTimeline } from './timeline/mergeTimeline';

export interface OperationsRoute {
  path: string;
  element: ReactElement;
}

/** Each page is loaded when first opened (a chunk of its own, not in the first load). */
export const operationsRoutes: OperationsRoute[] = [
  {
    path: '/review-queue',
    element: createElement(lazy(() => import('./review/ReviewQueuePage').then((m) => ({ default: m.ReviewQueuePage })))),
  },
  {
    path: '/step-board',
    element: createElement(lazy(() => import('./assignment/AssignmentBoardPage').then((m) => ({ default: m.AssignmentBoardPage })))),
  },
  { path: '/my-work', element: createElement(lazy(() => import('./mywork/MyWorkPage').then((m) => ({ default: m.MyWorkPage })))) },
  { path: '/activity', element: createElement(lazy(() => import('./activity/ActivityPage').then((m) => ({ default: m.ActivityPage })))) },
];
