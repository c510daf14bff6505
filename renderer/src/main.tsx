/** Entry: set up the languages, pick the platform, render the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n, systemLocale } from './i18n';
import { getDesktopApi } from './platform';
import './styles/app.css';
import './styles/export.css';

async function main() {
  await initI18n(systemLocale());
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <App api={getDesktopApi()} />
    </StrictMode>,
  );
}

void main();
