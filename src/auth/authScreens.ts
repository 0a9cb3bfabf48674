/**
 * The pages a signed-out visitor sees (ra-supabase's login and forgot-password pages, our
 * set-password page), gathered in one module that App.tsx loads on demand: a signed-in user's
 * first load does not carry their forms.
 */
export { ForgotPasswordPage, LoginPage } from 'ra-supabase';
export { SetPasswordPage } from './SetPasswordPage';
