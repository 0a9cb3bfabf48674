import { Box, Typography } from '@mui/material';
import type { ComponentType } from 'react';
import { useGetIdentity, useTranslate } from 'react-admin';
import {
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

type Role = 'AGENT' | 'REVIEWER' | 'MANAGER' | 'ADMIN';

const MANAGEMENT: ComponentType[] = [
  RevenueChart,
  OrdersByStatusChart,
  LinkConversionChart,
  PipelineChart,
  AvgStepTimeChart,
  ReviewThroughputChart,
  ReviewQueueAgeCard,
  OverdueStepsChart,
];

/** Which charts each role sees (product.md §3). The SQL functions refuse the others anyway. */
export const CHARTS_BY_ROLE: Record<Role, ComponentType[]> = {
  ADMIN: MANAGEMENT,
  MANAGER: MANAGEMENT,
  AGENT: [MyOpenStepsCard, MyLinksChart, OverdueStepsChart],
  REVIEWER: [ReviewQueueAgeCard],
};

export const chartsForRole = (role: string | null | undefined): ComponentType[] =>
  role && role in CHARTS_BY_ROLE ? CHARTS_BY_ROLE[role as Role] : [];

/** The dashboard's charts for the signed-in user's role (nothing for others). */
export const RoleDashboard = ({ role }: { role?: string | null }) => {
  const { identity } = useGetIdentity();
  const t = useTranslate();
  const charts = chartsForRole(role ?? (identity?.role as string | undefined));
  if (charts.length === 0) return null;
  return (
    <Box data-testid="role-dashboard" sx={{ mt: 2 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {t('ops.charts.title')}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2 }}>
        {charts.map((Chart, i) => (
          <Chart key={i} />
        ))}
      </Box>
    </Box>
  );
};
