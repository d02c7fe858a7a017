import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './fonts.css';
import './styles.css';
import { App } from './App';
import { setUpI18n } from './i18n';
import { lockPinchZoom } from './zoom-lock';

setUpI18n('en');
lockPinchZoom(window);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
