import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The built console is served by the server (SPA fallback); in dev, Vite proxies the API and
// the Socket.IO endpoint to a server running on :3000 (`npm run dev`).
const server = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/api': { target: server, changeOrigin: false },
      '/socket.io': { target: server, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      // SPEC ALR-04: the service worker (src/sw.ts) is a second entry, kept at /sw.js so its scope is
      // the whole console; it imports nothing, so it stays one self-contained script.
      input: { main: 'index.html', sw: 'src/sw.ts' },
      output: { entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js') },
    },
  },
});
