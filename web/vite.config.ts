import { readOperationRoutes } from '@kizuna/client';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// In development the SPA runs on Vite's port and forwards API calls to the API on :3000, so the
// browser still sees one origin and the session cookie + CSRF flow work exactly as in production.
const apiTarget = process.env.KIZUNA_API_URL ?? 'http://localhost:3000';

// The operation registry's methods and paths, read at build time from @kizuna/contracts and inlined as plain
// data: the app calls every operation by its ID while zod and the schemas stay out of the bundle.
const ROUTES_MODULE = 'virtual:kizuna-operation-routes';
const inlineOperationRoutes = (): Plugin => ({
  name: 'kizuna-operation-routes',
  resolveId: (id) => (id === ROUTES_MODULE ? `\0${ROUTES_MODULE}` : undefined),
  load: (id) =>
    id === `\0${ROUTES_MODULE}`
      ? `export const OPERATION_ROUTES = ${JSON.stringify(readOperationRoutes())};`
      : undefined,
});

export default defineConfig({
  plugins: [react(), inlineOperationRoutes()],
  server: {
    port: 5173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
