import SendIcon from '@mui/icons-material/Send';
import { Box, Button } from '@mui/material';
import { useState } from 'react';
import { Form, TextInput, useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import { validateMessageBody } from './messageBody';

const EMPTY = { body: '' };

/**
 * An agent's reply in a dossier's thread. Only dossier_id and body are sent: the database trigger
 * stamps sender_type / sender_id from auth.uid(), and the insert policy checks them.
 */
export const MessageReplyForm = ({ dossierId }: { dossierId: string }) => {
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [pending, setPending] = useState(false);
  const [formKey, setFormKey] = useState(0);

  const send = async (values: Record<string, unknown>) => {
    const body = String(values.body ?? '').trim();
    setPending(true);
    try {
      await dataProvider.create('messages', { data: { dossier_id: dossierId, body } });
      notify('app.dossier_detail.sent', { type: 'info' });
      setFormKey((k) => k + 1);
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setPending(false);
    }
  };

  return (
    <Form key={formKey} record={EMPTY} onSubmit={send} resource="messages">
      <Box data-testid="message-reply-form" sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', mt: 2 }}>
        <TextInput
          source="body"
          label="app.dossier_detail.reply_label"
          multiline
          minRows={2}
          fullWidth
          validate={validateMessageBody}
        />
        <Button type="submit" variant="contained" startIcon={<SendIcon />} disabled={pending} sx={{ mt: 1 }}>
          {translate('app.dossier_detail.send')}
        </Button>
      </Box>
    </Form>
  );
};
