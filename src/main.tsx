import { StrictMode } from 'react';
import { QueryClient } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter } from 'react-router-dom';
import { App } from './App';
import { withAuthErrorMessages } from './auth/authErrorMessages';
import { setPasswordUrlFromLocation } from './auth/authLinkRedirect';
import { loadI18nProvider } from './i18n/i18nProvider';
import { createAuthProvider } from './providers/authProvider';
import { createDataProvider } from './providers/dataProvider';
import { readSupabaseEnv } from './providers/env';
import { createSupabaseClient } from './providers/supabaseClient';

// An invite / recovery link that landed on the site root goes to the set-password page.
const setPasswordUrl = setPasswordUrlFromLocation(window.location);
if (setPasswordUrl) window.history.replaceState(null, '', setPasswordUrl);

const env = readSupabaseEnv(import.meta.env);
const client = createSupabaseClient(env);
// First visit: the browser's language (French is fetched first if so); afterwards react-admin's
// store remembers the choice.
void loadI18nProvider().then((i18nProvider) => {
  const dataProvider = createDataProvider({ ...env, client, translate: i18nProvider.translate });
  // One QueryClient for react-admin and the auth provider: the signed-in agent is one query entry.
  const queryClient = new QueryClient();
  // Rate-limit refusals (429) read as clear messages on the login / password pages.
  const authProvider = withAuthErrorMessages(createAuthProvider(client, { queryClient }));

  // A data router (stable navigate()), with real paths rather than react-admin's default hash:
  // e-mail links land on /set-password and /auth-callback, as ra-supabase expects.
  const router = createBrowserRouter([
    {
      path: '*',
      element: <App dataProvider={dataProvider} authProvider={authProvider} i18nProvider={i18nProvider} queryClient={queryClient} />,
    },
  ]);

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
});
