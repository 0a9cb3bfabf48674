import { Box, Chip, Typography } from '@mui/material';
import { useGetIdentity, useTranslate } from 'react-admin';

/** The signed-in agent's name and role, shown in the app bar. */
export const IdentityBadge = () => {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  if (!identity) return null;
  return (
    <Box data-testid="identity-badge" sx={{ display: 'flex', alignItems: 'center', gap: 1, mr: 1 }}>
      <Typography variant="body2" component="span" data-testid="identity-name" sx={{ display: { xs: 'none', sm: 'inline' } }}>
        {identity.fullName}
      </Typography>
      {identity.role ? (
        <Chip
          size="small"
          color="secondary"
          data-testid="identity-role"
          label={translate(`app.roles.${identity.role}`, { _: String(identity.role) })}
        />
      ) : null}
    </Box>
  );
};
