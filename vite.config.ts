import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The SPA reads VITE_SUPABASE_URL and VITE_SUPABASE_ANON_KEY (see src/providers/supabaseClient.ts).
// The local stack sets them when it starts Vite; a hosted project sets them in .env.
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      // No realtime in the SPA: supabase-js's RealtimeClient becomes a no-op (see the file).
      { find: /^@supabase\/realtime-js$/, replacement: fileURLToPath(new URL('./src/providers/realtimeUnavailable.ts', import.meta.url)) },
    ],
  },
  server: {
    host: '127.0.0.1',
    strictPort: true,
  },
  build: {
    // No source map in the build: nothing to serve to browsers (the dev server maps sources itself).
    sourcemap: false,
  },
});
