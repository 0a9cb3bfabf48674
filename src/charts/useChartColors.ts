import { useTheme } from '@mui/material/styles';
import { useMemo } from 'react';

/** Chart colours from the MUI theme, so charts read well in light and dark mode. */
export function useChartColors() {
  const theme = useTheme();
  return useMemo(() => {
    const p = theme.palette;
    return {
      series: [
        p.primary.main,
        p.secondary.main,
        p.success.main,
        p.warning.main,
        p.error.main,
        p.info.main,
        p.primary.light,
        p.secondary.light,
      ],
      text: p.text.secondary,
      grid: p.divider,
      tooltipBackground: p.background.paper,
      tooltipText: p.text.primary,
      success: p.success.main,
      error: p.error.main,
      warning: p.warning.main,
      primary: p.primary.main,
      muted: p.grey[p.mode === 'dark' ? 600 : 400],
    };
  }, [theme]);
}

export type ChartColors = ReturnType<typeof useChartColors>;

/** Props shared by recharts axes / tooltips. */
export const axisProps = (c: ChartColors) => ({
  stroke: c.text,
  tick: { fill: c.text, fontSize: 12 },
});

export const tooltipProps = (c: ChartColors) => ({
  contentStyle: { backgroundColor: c.tooltipBackground, color: c.tooltipText, border: `1px solid ${c.grid}` },
  labelStyle: { color: c.tooltipText },
  itemStyle: { color: c.tooltipText },
});
