/**
 * The invite / recovery set-password page (ra-supabase's, at the same path, through the auth
 * provider's setPassword), plus the password policy of config.toml shown under the field and checked
 * before submitting, and the server's reason shown on the page when the auth service refuses the
 * password (weak_password).
 */
import { useState } from 'react';
import { Alert, Box, Card, CardActions, Stack, Typography } from '@mui/material';
import { Form, Notification, PasswordInput, SaveButton, useAuthProvider, useNotify, useRedirect, useTranslate } from 'react-admin';
import { PASSWORD_POLICY, passwordProblems } from './passwordPolicy';

interface SetPasswordParams {
  access_token: string;
  refresh_token: string;
  password: string;
}

/** The tokens of an invite / recovery link, from the query or the fragment (as ra-supabase reads them). */
function linkTokens(location: Pick<Location, 'search' | 'hash'> = window.location) {
  const hash = location.hash.slice(1);
  const params = new URLSearchParams(location.search || (hash.includes('?') ? hash.split('?')[1] : hash));
  return { accessToken: params.get('access_token'), refreshToken: params.get('refresh_token') };
}

const errorMessage = (error: unknown) =>
  error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)
    ? String((error as { message: unknown }).message)
    : String(error);

export const SetPasswordForm = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const authProvider = useAuthProvider() as { setPassword?: (params: SetPasswordParams) => Promise<unknown> } | undefined;
  const [{ accessToken, refreshToken }] = useState(linkTokens);
  const [serverReason, setServerReason] = useState<string>();
  const min = PASSWORD_POLICY.minLength;

  if (!accessToken || !refreshToken) return <Typography sx={{ p: 2 }}>{translate('ra-supabase.auth.missing_tokens')}</Typography>;

  // Form-level validation (react-admin ignores input validators when a form validates): the policy first, then the match.
  const validate = (values: Record<string, unknown>) => {
    const password = typeof values.password === 'string' ? values.password : '';
    const problems = passwordProblems(password);
    if (password === '') return { password: 'ra.validation.required' };
    if (problems.includes('length')) return { password: translate('app.auth.password_too_short', { min }) };
    if (problems.includes('characters')) return { password: translate('app.auth.password_needs_letter_and_digit') };
    if (password !== values.confirmPassword) {
      return { password: 'ra-supabase.validation.password_mismatch', confirmPassword: 'ra-supabase.validation.password_mismatch' };
    }
    return {};
  };

  const submit = async (values: Record<string, unknown>) => {
    setServerReason(undefined);
    try {
      if (!authProvider?.setPassword) throw new Error('The auth provider cannot set passwords');
      await authProvider.setPassword({ access_token: accessToken, refresh_token: refreshToken, password: String(values.password) });
      redirect('/');
    } catch (error) {
      const message = errorMessage(error);
      setServerReason(message);
      notify(message, { type: 'warning', messageArgs: { _: message } });
    }
  };

  return (
    <Form onSubmit={submit} validate={validate}>
      <Stack sx={{ px: 2 }} spacing={1}>
        <Typography variant="h5" sx={{ textAlign: 'center' }} gutterBottom>
          {translate('ra-supabase.set_password.new_password', { _: 'Choose your password' })}
        </Typography>
        <PasswordInput
          source="password"
          label={translate('ra.auth.password', { _: 'Password' })}
          autoComplete="new-password"
          fullWidth

          helperText={translate('app.auth.password_policy', { min })}
        />
        <PasswordInput source="confirmPassword" label={translate('ra.auth.confirm_password', { _: 'Confirm password' })} fullWidth />
        {serverReason ? (
          <Alert severity="error" data-testid="set-password-refused">
            {translate('app.auth.server_refused', { reason: translate(serverReason, { _: serverReason }) })}
          </Alert>
        ) : null}
      </Stack>
      <CardActions>
        <SaveButton variant="contained" type="submit" sx={{ width: '100%' }} label={translate('ra.action.save')} />
      </CardActions>
    </Form>
  );
};

export const SetPasswordPage = () => (
  <Box sx={{ display: 'flex', flexDirection: 'column', minHeight: '100vh', alignItems: 'center', justifyContent: 'flex-start', pt: '6em' }}>
    <Card sx={{ minWidth: 300, maxWidth: 420, py: 2 }}>
      <SetPasswordForm />
    </Card>
    <Notification />
  </Box>
);

SetPasswordPage.path = '/set-password';
