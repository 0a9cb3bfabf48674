import CancelOutlinedIcon from '@mui/icons-material/CancelOutlined';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { LocalesMenuButton, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';

/** Where the checkout sends the prospect back (supabase/functions/_shared/checkout.ts). */
export const PAYMENT_COMPLETE_PATH = '/payment-complete';
export const PAYMENT_CANCELLED_PATH = '/payment-cancelled';

const ResultCard = ({ testId, icon, title, children }: { testId: string; icon: ReactNode; title: string; children: ReactNode }) => (
  <Box
    component="main"
    data-testid={testId}
    sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'background.default', p: 2 }}
  >
    <Card sx={{ maxWidth: 520, width: '100%' }}>
      <CardContent>
        <Stack spacing={2} alignItems="center" textAlign="center">
          <Box sx={{ alignSelf: 'flex-end' }}>
            <LocalesMenuButton />
          </Box>
          {icon}
          <Typography variant="h5" component="h1">
            {title}
          </Typography>
          {children}
        </Stack>
      </CardContent>
    </Card>
  </Box>
);

/** Public page (no login): the prospect has paid on the checkout. */
export const PaymentCompletePage = () => {
  const translate = useTranslate();
  const [params] = useSearchParams();
  const sessionId = params.get('session_id');
  return (
    <ResultCard
      testId="payment-complete"
      icon={<CheckCircleOutlineIcon color="success" sx={{ fontSize: 64 }} />}
      title={translate('app.payment_result.received_title')}
    >
      <Typography>{translate('app.payment_result.received_body')}</Typography>
      {sessionId ? (
        <Typography variant="caption" color="text.secondary" sx={{ wordBreak: 'break-all' }}>
          {translate('app.payment_result.reference', { id: sessionId })}
        </Typography>
      ) : null}
    </ResultCard>
  );
};

/** Public page (no login): the prospect left the checkout without paying. */
export const PaymentCancelledPage = () => {
  const translate = useTranslate();
  return (
    <ResultCard
      testId="payment-cancelled"
      icon={<CancelOutlinedIcon color="warning" sx={{ fontSize: 64 }} />}
      title={translate('app.payment_result.cancelled_title')}
    >
      <Typography>{translate('app.payment_result.cancelled_body')}</Typography>
    </ResultCard>
  );
};
