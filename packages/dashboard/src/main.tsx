import '@utrecht/design-tokens/dist/theme.css';
import '@utrecht/component-library-css/dist/html.css';
import './styles/app.css';
import { render } from 'preact';
import { App } from './app.js';

const root = document.getElementById('app');
if (root) render(<App />, root);
