import SendIcon from '@mui/icons-material/Send';
import { Box, Button } from '@mui/material';
import { useState } from 'react';
import { Form, TextInput, useDataProvider, useRefresh, useTranslate } from 'react-admin';
import { useNotifiedAction } from '../common/useNotifiedAction';
import { validateMessageBody } from './messageBody';

const EMPTY = { body: '' };

/**
 * An agent's reply in a dossier's thread. Only dossier_id and body are sent: the database trigger
 * stamps sender_type / sender_id from auth.uid(), and the insert policy checks them.
 */
export const MessageReplyForm = ({ dossierId }: { dossierId: string }) => {
  const dataProvider = useDataProvider();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [formKey, setFormKey] = useState(0);
  const { run: create, pending } = useNotifiedAction(
    (body: string) => dataProvider.create('messages', { data: { dossier_id: dossierId, body } }),
    {
      successMessage: 'app.dossier_detail.sent',
      onSuccess: () => {
        setFormKey((k) => k + 1);
        refresh();
      },
    },
  );
  const send = (values: Record<string, unknown>) => create(String(values.body ?? '').trim());

  return (
    <Form key={formKey} record={EMPTY} onSubmit={send} resource="messages">
      <Box data-testid="message-reply-form" sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', mt: 2 }}>
        <TextInput source="body" label="app.dossier_detail.reply_label" multiline minRows={2} fullWidth validate={validateMessageBody} />
        <Button type="submit" variant="contained" startIcon={<SendIcon />} disabled={pending} sx={{ mt: 1 }}>
          {translate('app.dossier_detail.send')}
        </Button>
      </Box>
    </Form>
  );
};
