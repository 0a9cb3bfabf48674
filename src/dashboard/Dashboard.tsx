import { Box, Card, CardContent, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import { Suspense } from 'react';
import { Link } from 'react-router-dom';
import { Title, useCanAccessResources, useGetIdentity, useGetResourceLabel, useTranslate } from 'react-admin';
import { lazyPage } from '../common/lazyPage';
import { MENU_SECTIONS } from '../layout/menuSections';

// The charts (recharts, d3) are a chunk of their own, fetched after the landing card is shown.
const RoleDashboard = lazyPage(() => import('../charts/RoleDashboard'), 'RoleDashboard');

const ALL_RESOURCES = MENU_SECTIONS.flatMap((section) => [...section.resources]);

/** Landing page: who you are and the lists your role opens; your role's charts load after it. */
export const Dashboard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const getResourceLabel = useGetResourceLabel();
  const { canAccess } = useCanAccessResources({ action: 'list', resources: ALL_RESOURCES });
  const role = identity?.role ? translate(`app.roles.${identity.role}`) : '';
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('app.title')} />
      <Card>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            {translate('app.dashboard.welcome', { name: identity?.fullName ?? '' })}
          </Typography>
          <Typography color="text.secondary" gutterBottom>
            {translate('app.dashboard.role', { role })}
          </Typography>
          <Typography variant="subtitle1" sx={{ mt: 2 }}>
            {translate('app.dashboard.shortcuts')}
          </Typography>
          {MENU_SECTIONS.map((section) => {
            const visible = section.resources.filter((name) => canAccess?.[name]);
            if (visible.length === 0) return null;
            return (
              <Box key={section.key} sx={{ mt: 1 }}>
                <Typography variant="overline">{translate(`app.menu.${section.key}`)}</Typography>
                <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap">
                  {visible.map((name) => (
                    <Chip key={name} clickable component={Link} to={`/${name}`} label={getResourceLabel(name, 2)} />
                  ))}
                </Stack>
              </Box>
            );
          })}
        </CardContent>
      </Card>
      <Suspense fallback={<LinearProgress sx={{ mt: 2 }} aria-label={translate('ra.page.loading')} />}>
        <RoleDashboard />
      </Suspense>
    </Box>
  );
};
