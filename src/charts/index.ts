/** Dashboard charts (recharts) over the SQL aggregates, and the per-role dashboard. */
export {
  AvgStepTimeChart,
  LinkConversionChart,
  MyLinksChart,
  MyOpenStepsCard,
  OrdersByStatusChart,
  OverdueStepsChart,
  PipelineChart,
  ReviewQueueAgeCard,
  ReviewThroughputChart,
  RevenueChart,
} from './charts';
export { RoleDashboard, chartsForRole, CHARTS_BY_ROLE } from './RoleDashboard';
export { ChartCard, DateRangeControl, BucketControl } from './ChartCard';
