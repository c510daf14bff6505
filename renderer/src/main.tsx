/** Entry: set up the languages, pick the platform, render the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { i18next, initI18n, systemLocale } from './i18n';
import { getDesktopApi } from './platform';
import './styles/app.css';
import './styles/export.css';

async function main() {
  await initI18n(systemLocale());
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  // Inside another site's frame, a page could dress Decamp up and catch clicks (clickjacking): it refuses to start there.
  if (window.top !== window.self) {
    const message = document.createElement('p');
    message.className = 'framed';
    message.setAttribute('role', 'alert');
    message.textContent = i18next.t('framed');
    root.replaceChildren(message);
    return;
  }
  createRoot(root).render(
    <StrictMode>
      <App api={getDesktopApi()} />
    </StrictMode>,
  );
}

void main();
