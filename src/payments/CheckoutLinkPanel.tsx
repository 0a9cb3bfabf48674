import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { Box, Button, Stack, TextField } from '@mui/material';
import { QRCodeSVG } from 'qrcode.react';
import { useState } from 'react';
import { useTranslate } from 'react-admin';

/** A checkout URL to hand to the prospect: QR code, the URL itself, copy and open buttons. */
export const CheckoutLinkPanel = ({ url }: { url: string }) => {
  const translate = useTranslate();
  const [copied, setCopied] = useState(false);
  return (
    <Stack spacing={2} alignItems="center" data-testid="checkout-link-panel">
      <Box sx={{ p: 1, bgcolor: 'white' }}>
        <QRCodeSVG value={url} size={192} marginSize={2} title={translate('app.payments.qr_code', { _: 'QR code of the checkout link' })} />
      </Box>
      <TextField
        value={url}
        fullWidth
        size="small"
        label={translate('app.payments.checkout_url', { _: 'Checkout URL' })}
        slotProps={{ input: { readOnly: true } }}
        onFocus={(event) => event.target.select()}
      />
      <Stack direction="row" spacing={1}>
        <Button
          startIcon={<ContentCopyIcon />}
          onClick={async () => {
            await navigator.clipboard?.writeText(url);
            setCopied(true);
          }}
        >
          {copied ? translate('app.payments.copied', { _: 'Copied' }) : translate('app.payments.copy', { _: 'Copy' })}
        </Button>
        <Button startIcon={<OpenInNewIcon />} href={url} target="_blank" rel="noopener noreferrer">
          {translate('app.payments.open', { _: 'Open' })}
        </Button>
      </Stack>
    </Stack>
  );
};
