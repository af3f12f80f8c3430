import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The dashboard tab: built to dist/tab and served by the bot's own server at /tab/ (no dev server in front, so the
 * same CSP applies in development and production). esbuild compiles the TSX; no React plugin is needed.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/tab/',
  publicDir: false,
  logLevel: 'warn',
  esbuild: { jsx: 'automatic', jsxDev: false, legalComments: 'none' },
  // React's production build and JSX whatever NODE_ENV the caller runs under: vitest sets `test`, which would
  // bundle React's development build (60 % more JavaScript, and slower)
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: fileURLToPath(new URL('../../dist/tab', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // no inline module-preload polyfill: script-src is 'self' only
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1024,
    reportCompressedSize: false,
    rollupOptions: {
      // Fluent's "use client" directives are for React Server Components, which a static tab does not have
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
