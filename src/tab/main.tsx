import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { detectHost } from './host.js';
import './tab.css';

const params = new URLSearchParams(window.location.search);
const host = await detectHost(params);
const root = document.getElementById('root');
if (root) createRoot(root).render(<App host={host} params={params} />);
