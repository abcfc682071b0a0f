import { defineConfig } from 'vite';

// Preact through the automatic JSX runtime (oxc): no Vite plugin needed for a small app.
export default defineConfig({
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    // Hashed file names only: the API caches /assets/* for a year as immutable.
    sourcemap: false,
    target: 'es2022',
    chunkSizeWarningLimit: 400,
  },
});
