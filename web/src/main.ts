import { mount } from 'svelte';
import './lib/styles/tokens.css';
import './lib/styles/base.css';
import './lib/styles/print.css';
import App from './App.svelte';
import { locale } from './lib/i18n/index.svelte';

document.documentElement.lang = locale();
const target = document.getElementById('app');
if (!target) throw new Error('#app missing from index.html');
mount(App, { target });
// Read by tests/e2e/first-render.mjs (time to first render).
performance.mark('mamori:first-render');
