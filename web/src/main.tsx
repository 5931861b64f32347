import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppQueryClient } from './api/query-client.js';
import { App } from './app.js';
import { setupI18n } from './i18n/setup-i18n.js';
import './app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);
const queryClient = createAppQueryClient();

// Translations are bundled, so init resolves at once; rendering after it avoids a flash of raw keys.
void setupI18n().then(() =>
  root.render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  ),
);
