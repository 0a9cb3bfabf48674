import BlockIcon from '@mui/icons-material/Block';
import { Box, Button, Card, CardActions, CardContent, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { Title, useGetIdentity, useStore, useTranslate } from 'react-admin';
import { ROLE_CHANGE_STORE_KEY, type RoleChange } from '../layout/useLiveIdentity';

/** Where react-admin sends a user who opens a page their role may not open. */
export const AccessDeniedPage = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const [roleChange] = useStore<RoleChange | null>(ROLE_CHANGE_STORE_KEY, null);
  // The role changed while the app was open (useLiveIdentity): say so rather than "your role".
  const changedTo = roleChange && identity?.role === roleChange.to ? roleChange.to : null;
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', mt: 4 }}>
      <Title title={translate('app.access_denied.title')} />
      <Card sx={{ maxWidth: 480 }} data-testid="access-denied">
        <CardContent>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 2 }}>
            <BlockIcon color="error" fontSize="large" />
            <Typography variant="h5" component="h1">
              {translate('app.access_denied.title')}
            </Typography>
          </Box>
          <Typography data-testid="access-denied-reason">
            {changedTo
              ? translate('app.access_denied.role_changed', { role: translate(`app.roles.${changedTo}`) })
              : translate('app.access_denied.body')}
          </Typography>
        </CardContent>
        <CardActions>
          <Button component={Link} to="/">
            {translate('app.access_denied.back')}
          </Button>
        </CardActions>
      </Card>
    </Box>
  );
};
