import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setBaseUrl } from 'ispine-widgets/config';
import { App } from './App';

// Where the checker's frame and the ZIP data are served from, when not the clinic's host.
const baseUrl = import.meta.env.VITE_ISPINE_BASE_URL;
if (baseUrl) setBaseUrl(baseUrl);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
