/** The back-office SPA: Vite's dev server (npm start) or a production build served by `vite preview` (tests). */
import type { StackConfig } from '../config';
import type { RunningService } from './types';

export type SpaMode = 'dev' | 'preview';

export async function startSpa(config: StackConfig, mode: SpaMode = 'dev'): Promise<RunningService> {
  process.env.VITE_SUPABASE_URL = config.apiUrl;
  process.env.VITE_SUPABASE_ANON_KEY = config.anonKey;
  const vite = await import('vite');
  const server = { host: config.host, port: config.ports.vite, strictPort: true };
  if (mode === 'preview') {
    const outDir = `${config.dataDir}/spa`;
    await vite.build({ root: config.rootDir, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    const preview = await vite.preview({ root: config.rootDir, logLevel: 'warn', build: { outDir }, preview: server });
    return { name: 'spa', url: config.siteUrl, stop: () => preview.close() };
  }
  const dev = await vite.createServer({ root: config.rootDir, logLevel: 'warn', server, clearScreen: false });
  await dev.listen();
  return { name: 'spa', url: config.siteUrl, stop: () => dev.close() };
}
