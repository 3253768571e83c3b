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
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
});
