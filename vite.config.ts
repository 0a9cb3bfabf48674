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
    rolldownOptions: {
      output: {
        // The libraries every screen needs in three chunks (react + react-router 315 kB, MUI +
        // emotion 286 kB, the rest with react-admin 401 kB, minified), not one entry chunk above
        // Vite's 500 kB warning; first load 317.6 kB gzip (324.6 as one chunk; 2026-12-02). Only
        // modules of the first load are captured ('$initial'): what lazy screens alone import
        // (recharts, d3, the French catalog) stays in their chunks. Groups by package, not by size:
        // rolldown's maxSize split (tried) cut modules apart in an order that broke the app at boot
        // ("m is not a function"); whole packages per chunk keep their evaluation order.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, tags: ['$initial'], priority: 3 },
            { name: 'mui', test: /node_modules[\\/](@mui|@emotion|@popperjs)[\\/]/, tags: ['$initial'], priority: 2 },
            { name: 'vendor', test: /node_modules/, tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
  },
});
