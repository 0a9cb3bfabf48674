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
        // The libraries every screen needs (react, MUI, react-admin: ~1.1 MB minified) in ten chunks
        // of 150-450 kB, not one entry chunk above Vite's 500 kB warning (first load 325 kB gzip,
        // as with one chunk; measured 2026-12-02, stack/bench/bundle.test.ts). Only modules of the
        // first load are captured ('$initial'): what lazy screens alone import (recharts, d3, the
        // French catalog) stays in their own chunks.
        codeSplitting: {
          groups: [{ name: 'vendor', test: /node_modules/, tags: ['$initial'], maxSize: 450_000, minSize: 150_000 }],
        },
      },
    },
  },
});
