import LockPersonIcon from '@mui/icons-material/LockPerson';
import { Box, Button, Card, CardActions, CardContent, Typography } from '@mui/material';
import { useLogout, useTranslate } from 'react-admin';

/**
 * Shown instead of the whole back-office to a signed-in user without an active agents row
 * (a customer, an inactive agent): no menu, no data, only a way out.
 */
export const NoAccessPage = ({ email }: { email?: string | null }) => {
  const translate = useTranslate();
  const logout = useLogout();
  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', p: 2 }}>
      <Card sx={{ maxWidth: 480 }} data-testid="no-access">
        <CardContent>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 2 }}>
            <LockPersonIcon color="warning" fontSize="large" />
            <Typography variant="h5" component="h1">
              {translate('app.no_access.title')}
            </Typography>
          </Box>
          <Typography variant="body1">{translate('app.no_access.body', { email: email ?? '' })}</Typography>
        </CardContent>
        <CardActions sx={{ justifyContent: 'flex-end' }}>
          <Button variant="contained" onClick={() => logout()}>
            {translate('app.no_access.logout')}
          </Button>
        </CardActions>
      </Card>
    </Box>
  );
};
