import { Box, Button, Typography, type ButtonProps } from '@mui/material';
import { useId, type ReactNode } from 'react';

/**
 * An action that cannot run on this record: the button stays visible, disabled, and the reason
 * is written next to it and read out with it (its accessible description).
 */
export const BlockedActionButton = ({
  label,
  reason,
  icon,
  color,
}: {
  label: string;
  /** Why the action cannot run (translated). */
  reason: string;
  icon?: ReactNode;
  color?: ButtonProps['color'];
}) => {
  const reasonId = useId();
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
      <Button size="small" color={color} startIcon={icon} disabled aria-describedby={reasonId}>
        {label}
      </Button>
      <Typography variant="caption" color="text.secondary" id={reasonId} data-testid="action-blocked-reason">
        {reason}
      </Typography>
    </Box>
  );
};
