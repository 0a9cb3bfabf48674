/**
 * Operations screens for react-admin CustomRoutes (inside the layout), their menu entries, and
 * the dossier timeline the dossier show page embeds. Wiring (App.tsx / Menu.tsx):
 *
 *   <CustomRoutes>{operationsRoutes.map((r) => <Route key={r.path} path={r.path} element={r.element} />)}</CustomRoutes>
 *
 * and a menu item per operationsMenuItems entry the user canAccess (resource, action).
 */
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import TimelineIcon from '@mui/icons-material/Timeline';
import WorkIcon from '@mui/icons-material/Work';
import { createElement, type ComponentType, type ReactElement } from 'react';
import { ActivityPage } from './activity/ActivityPage';
import { AssignmentBoardPage } from './assignment/AssignmentBoardPage';
import { MyWorkPage } from './mywork/MyWorkPage';
import { ReviewQueuePage } from './review/ReviewQueuePage';

export { DossierTimeline } from './timeline/DossierTimeline';
export { FilePreview } from './review/FilePreview';
export { operationsMessages, useOpsTranslate } from './i18n';
export { createOpsApi, useOpsApi, type OpsApi, type OpsDataProvider } from './api';
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

export interface OperationsMenuItem {
  /** Translation key (English default in operationsMessages.en). */
  labelKey: string;
  defaultLabel: string;
  path: string;
  icon: ComponentType;
  /** Show the item when canAccess({ resource, action }). */
  access: { resource: string; action: string };
}

export const operationsMenuItems: OperationsMenuItem[] = [
  { labelKey: 'ops.menu.review_queue', defaultLabel: 'Review queue', path: '/review-queue', icon: FactCheckIcon, access: { resource: 'document_reviews', action: 'review' } },
  { labelKey: 'ops.menu.assignment', defaultLabel: 'Step assignment', path: '/step-board', icon: AssignmentIndIcon, access: { resource: 'step_instances', action: 'assign' } },
  { labelKey: 'ops.menu.my_work', defaultLabel: 'My work', path: '/my-work', icon: WorkIcon, access: { resource: 'step_instances', action: 'complete' } },
  { labelKey: 'ops.menu.activity', defaultLabel: 'Activity', path: '/activity', icon: TimelineIcon, access: { resource: 'events', action: 'list' } },
];
