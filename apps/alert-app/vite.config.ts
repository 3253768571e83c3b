import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { appIcons } from './build/icons-plugin';

// The Canal de Alertas PWA (SPEC ALR-01), served by the server under /alertas/. In dev, Vite
// proxies the API and Socket.IO to a server on :3000. The service worker is our own source
// (injectManifest) built as one classic script, as ARCHITECTURE pins.
const server = 'http://localhost:3000';

export const THEME_COLOR = '#b00020';

export default defineConfig({
  base: '/alertas/',
  plugins: [
    appIcons(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      injectRegister: false,
      injectManifest: { rollupFormat: 'iife', globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'] },
      manifestFilename: 'manifest.webmanifest',
      includeManifestIcons: true,
      manifest: {
        name: 'Atende — Canal de Alertas',
        short_name: 'Alertas',
        lang: 'pt-BR',
        start_url: '/alertas/',
        scope: '/alertas/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: THEME_COLOR,
        background_color: '#ffffff',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any maskable' },
        ],
      },
    }),
  ],
  server: {
    port: 5174,
    proxy: {
      '/api': { target: server, changeOrigin: false },
      '/socket.io': { target: server, ws: true },
    },
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, target: 'es2020' },
});
