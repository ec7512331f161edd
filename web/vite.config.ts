import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The built files are served by the mamori server under a strict CSP
// (script-src 'self'; style-src 'self'): no inline script, CSS emitted as files.
export default defineConfig({
  plugins: [svelte({ compilerOptions: { css: 'external' } })],
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    target: 'es2022',
    // The modulepreload polyfill would be injected as an inline script; every
    // browser we support has native modulepreload.
    modulePreload: { polyfill: false },
    sourcemap: false,
    cssCodeSplit: true,
    // ECharts (~580 kB, ~195 kB gzipped) is a lazy chunk loaded only by pages with a chart.
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/test-setup.ts'],
  },
});
