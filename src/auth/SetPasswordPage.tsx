/**
 * The invite / recovery set-password page: ra-supabase's form, plus the password policy of
 * config.toml shown under the field, checked before submitting, and the server's reason when the
 * auth service refuses the password (weak_password) shown on the page.
 */
import { useState } from 'react';
import { Alert, CardActions, Stack, Typography } from '@mui/material';
import { Form, PasswordInput, SaveButton, required, useNotify, useTranslate } from 'react-admin';
import { AuthLayout, useSetPassword, useSupabaseAccessToken } from 'ra-supabase';
import { PASSWORD_POLICY, passwordProblems } from './passwordPolicy';

const errorMessage = (error: unknown) => (error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error) ? String((error as { message: unknown }).message) : String(error));

export const SetPasswordForm = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const accessToken = useSupabaseAccessToken();
  const refreshToken = useSupabaseAccessToken({ parameterName: 'refresh_token' });
  const [serverReason, setServerReason] = useState<string>();
  const [, { mutateAsync: setPassword }] = useSetPassword();
  const min = PASSWORD_POLICY.minLength;

  if (!accessToken || !refreshToken) return <Typography sx={{ p: 2 }}>{translate('ra-supabase.auth.missing_tokens')}</Typography>;

  const policy = (value: string) => {
    const problems = passwordProblems(value ?? '');
    if (problems.includes('length')) return translate('app.auth.password_too_short', { min });
    if (problems.includes('characters')) return translate('app.auth.password_needs_letter_and_digit');
    return undefined;
  };
  const validate = (values: Record<string, unknown>) =>
    values.password !== values.confirmPassword
      ? { password: 'ra-supabase.validation.password_mismatch', confirmPassword: 'ra-supabase.validation.password_mismatch' }
      : {};

  const submit = async (values: Record<string, unknown>) => {
    setServerReason(undefined);
    try {
      await setPassword({ access_token: accessToken, refresh_token: refreshToken, password: String(values.password) });
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
          validate={[required(), policy]}
          helperText={translate('app.auth.password_policy', { min })}
        />
        <PasswordInput source="confirmPassword" label={translate('ra.auth.confirm_password', { _: 'Confirm password' })} fullWidth validate={required()} />
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
  <AuthLayout>
    <SetPasswordForm />
  </AuthLayout>
);

SetPasswordPage.path = '/set-password';
