/** Menu entries of the operations screens (paths of operationsRoutes). */
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import TimelineIcon from '@mui/icons-material/Timeline';
import WorkIcon from '@mui/icons-material/Work';
import type { ComponentType } from 'react';

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
  {
    labelKey: 'ops.menu.review_queue',
    defaultLabel: 'Review queue',
    path: '/review-queue',
    icon: FactCheckIcon,
    access: { resource: 'document_reviews', action: 'review' },
  },
  {
    labelKey: 'ops.menu.assignment',
    defaultLabel: 'Step assignment',
    path: '/step-board',
    icon: AssignmentIndIcon,
    access: { resource: 'step_instances', action: 'assign' },
  },
  {
    labelKey: 'ops.menu.my_work',
    defaultLabel: 'My work',
    path: '/my-work',
    icon: WorkIcon,
    access: { resource: 'step_instances', action: 'complete' },
  },
  {
    labelKey: 'ops.menu.activity',
    defaultLabel: 'Activity',
    path: '/activity',
    icon: TimelineIcon,
    access: { resource: 'events', action: 'list' },
  },
];
