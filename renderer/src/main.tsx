// Renderer entry. Order matters: window.api first (the headless shell needs the token taken out
// of the address before the router reads the hash), then the language, then React.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installHeadlessApiIfNeeded } from './api/headless-transport';
import { App } from './app/App';
import { DownloadNotice } from './app/DownloadNotice';
import { initI18n } from './i18n';
import './styles/app.css';

installHeadlessApiIfNeeded();
initI18n();

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
    <DownloadNotice />
  </StrictMode>,
);
