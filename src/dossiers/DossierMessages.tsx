import { Box, CircularProgress, Paper, Stack, Typography } from '@mui/material';
import {
  RecordContextProvider,
  ReferenceManyField,
  useCanAccess,
  useListContext,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { DateField } from '../common/DateField';
import { ActorField } from './ActorField';
import { MessageReplyForm } from './MessageReplyForm';
import { useSellerOnlyView } from './useSellerOnlyView';

/** Agents on the right (primary), customers on the left, system notes centred and muted. */
const bubbleStyle = (senderType: unknown) => {
  switch (senderType) {
    case 'AGENT':
      return { alignSelf: 'flex-end', bgcolor: 'primary.main', color: 'primary.contrastText', borderColor: 'primary.main' };
    case 'USER':
      return { alignSelf: 'flex-start', bgcolor: 'background.paper', color: 'text.primary' };
    default:
      return { alignSelf: 'center', bgcolor: 'action.hover', color: 'text.secondary', fontStyle: 'italic' };
  }
};

const MessageBubble = ({ message }: { message: RaRecord }) => (
  <RecordContextProvider value={message}>
    <Paper
      variant="outlined"
      data-testid="dossier-message"
      data-sender-type={String(message.sender_type ?? '')}
      sx={{ p: 1.5, maxWidth: '75%', ...bubbleStyle(message.sender_type) }}
    >
      <Stack direction="row" spacing={1} alignItems="center" sx={{ mb: 0.5, '& .MuiChip-root': { bgcolor: 'background.paper' } }}>
        <ActorField typeSource="sender_type" idSource="sender_id" />
        <Typography variant="caption" component="span">
          <DateField source="created_at" showTime />
        </Typography>
      </Stack>
      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
        {String(message.body ?? '')}
      </Typography>
    </Paper>
  </RecordContextProvider>
);

const MessageThread = () => {
  const { data, isPending } = useListContext();
  const translate = useTranslate();
  if (isPending) return <CircularProgress size={24} aria-label={translate('ra.page.loading')} />;
  if (!data || data.length === 0) {
    return <Typography color="text.secondary">{translate('app.dossier_detail.empty_thread')}</Typography>;
  }
  return (
    <Stack spacing={1} data-testid="dossier-message-thread">
      {data.map((message) => (
        <MessageBubble key={message.id} message={message} />
      ))}
    </Stack>
  );
};

/** The dossier's messages, oldest first, and the reply form for those who may write. */
export const DossierMessages = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'messages', action: 'create' });
  // an agent who only sold the dossier reads it; writing needs a step of it assigned
  const { sellerOnly, isPending } = useSellerOnlyView(record?.id != null ? String(record.id) : undefined);
  if (!record) return null;
  return (
    <Box sx={{ width: '100%' }}>
      <Typography variant="h6" component="h2" gutterBottom>
        {translate('app.dossier_detail.messages_title')}
      </Typography>
      <ReferenceManyField reference="messages" target="dossier_id" sort={{ field: 'created_at', order: 'ASC' }} perPage={500}>
        <MessageThread />
      </ReferenceManyField>
      {canAccess && !sellerOnly && !isPending ? <MessageReplyForm dossierId={String(record.id)} /> : null}
    </Box>
  );
};
