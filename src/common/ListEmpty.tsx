import InboxIcon from '@mui/icons-material/Inbox';
import { Box, Typography } from '@mui/material';
import { CreateButton, useCanAccess, useGetResourceLabel, useResourceContext, useResourceDefinition, useTranslate } from 'react-admin';

/** Empty state of a list: what the list holds, and a create button if the role may create. */
export const ListEmpty = () => {
  const resource = useResourceContext() ?? '';
  const translate = useTranslate();
  const getResourceLabel = useGetResourceLabel();
  const { hasCreate } = useResourceDefinition();
  const { canAccess } = useCanAccess({ resource, action: 'create' });
  return (
    <Box sx={{ textAlign: 'center', m: 4 }} data-testid="list-empty">
      <InboxIcon sx={{ fontSize: 64, opacity: 0.5 }} />
      <Typography variant="h6" paragraph>
        {translate('ra.page.empty', { name: getResourceLabel(resource, 2), _: translate('app.empty.title') })}
      </Typography>
      {hasCreate && canAccess ? <CreateButton /> : null}
    </Box>
  );
};
