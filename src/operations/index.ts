/**
 * Operations screens for react-admin CustomRoutes (inside the layout), their menu entries, and
 * the dossier timeline the dossier show page embeds. Wiring (App.tsx / Menu.tsx):
 *
 *   <CustomRoutes>{operationsRoutes.map((r) => <Route key={r.path} path={r.path} element={r.element} />)}</CustomRoutes>
 *
 * and a menu item per operationsMenuItems entry the user canAccess (resource, action).
 */
import { createElement, type ReactElement } from 'react';
import { ActivityPage } from './activity/ActivityPage';
import { AssignmentBoardPage } from './assignment/AssignmentBoardPage';
import { MyWorkPage } from './mywork/MyWorkPage';
import { ReviewQueuePage } from './review/ReviewQueuePage';

export { operationsMenuItems, type OperationsMenuItem } from './menuItems';
export { OperationsMenu } from './OperationsMenu';
export { DossierTimeline } from './timeline/DossierTimeline';
export { DossierStepProgress } from './timeline/DossierStepProgress';
export { FilePreview } from './review/FilePreview';
export { mergeTimeline } from './timeline/mergeTimeline';
export { ActivityPage, AssignmentBoardPage, MyWorkPage, ReviewQueuePage };

export interface OperationsRoute {
  path: string;
  element: ReactElement;
}

export const operationsRoutes: OperationsRoute[] = [
  { path: '/review-queue', element: createElement(ReviewQueuePage) },
  { path: '/step-board', element: createElement(AssignmentBoardPage) },
  { path: '/my-work', element: createElement(MyWorkPage) },
  { path: '/activity', element: createElement(ActivityPage) },
];

