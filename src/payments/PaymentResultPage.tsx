import CancelOutlinedIcon from '@mui/icons-material/CancelOutlined';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import HelpOutlineIcon from '@mui/icons-material/HelpOutline';
import { Box, Card, CardContent, CircularProgress, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { LocalesMenuButton, useDataProvider, useTranslate } from 'react-admin';
import type { BackOfficeDataProvider } from '../providers/dataProvider';
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

/** What public.checkout_result answers (20250601000852). */
export type CheckoutResult = 'paid' | 'processing' | 'failed' | 'cancelled' | 'refunded' | 'unknown';

const RESULT_VIEW: Record<CheckoutResult, { key: string; icon: ReactNode }> = {
  paid: { key: 'received', icon: <CheckCircleOutlineIcon color="success" sx={{ fontSize: 64 }} /> },
  refunded: { key: 'received', icon: <CheckCircleOutlineIcon color="success" sx={{ fontSize: 64 }} /> },
  processing: { key: 'processing', icon: <HourglassTopIcon color="info" sx={{ fontSize: 64 }} /> },
  failed: { key: 'failed', icon: <ErrorOutlineIcon color="error" sx={{ fontSize: 64 }} /> },
  cancelled: { key: 'failed', icon: <ErrorOutlineIcon color="error" sx={{ fontSize: 64 }} /> },
  unknown: { key: 'unknown', icon: <HelpOutlineIcon color="warning" sx={{ fontSize: 64 }} /> },
};

const RESULTS = Object.keys(RESULT_VIEW) as CheckoutResult[];

/** The session's real status; re-asked every few seconds while the payment is processing. */
const useCheckoutResult = (sessionId: string | null) => {
  const dataProvider = useDataProvider<BackOfficeDataProvider>();
  return useQuery({
    queryKey: ['checkout_result', sessionId],
    enabled: !!sessionId,
    queryFn: async (): Promise<CheckoutResult> => {
      const answer = await dataProvider.rpc('checkout_result', { p_session_id: sessionId ?? '' });
      return RESULTS.includes(answer as CheckoutResult) ? (answer as CheckoutResult) : 'unknown';
    },
    refetchInterval: (query) => (query.state.data === 'processing' ? 3_000 : false),
    retry: 1,
  });
};

/**
 * Public page (no login) where the checkout sends the prospect back. It says what the database
 * knows: received only once the order is PAID; a bank transfer reads "processing".
 */
export const PaymentCompletePage = () => {
  const translate = useTranslate();
  const [params] = useSearchParams();
  const sessionId = params.get('session_id');
  const { data, isPending, isError } = useCheckoutResult(sessionId);
  const reference = sessionId ? (
    <Typography variant="caption" color="text.secondary" sx={{ wordBreak: 'break-all' }}>
      {translate('app.payment_result.reference', { id: sessionId })}
    </Typography>
  ) : null;
  if (sessionId && isPending) {
    return (
      <ResultCard testId="payment-checking" icon={<CircularProgress />} title={translate('app.payment_result.checking')}>
        {reference}
      </ResultCard>
    );
  }
  const result: CheckoutResult = !sessionId || isError || !data ? 'unknown' : data;
  const view = RESULT_VIEW[result];
  return (
    <ResultCard testId={`payment-${result}`} icon={view.icon} title={translate(`app.payment_result.${view.key}_title`)}>
      <Typography>{translate(`app.payment_result.${view.key}_body`)}</Typography>
      {reference}
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
