// Placeholder for the Canal de Alertas PWA (SPEC ALR): a static page until the app exists.
import { mkdir, writeFile } from 'node:fs/promises';

const dist = new URL('dist/', import.meta.url);
const html = `<!doctype html>
<html lang="pt-BR">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Atende — Canal de Alertas</title>
    <style>
      body { margin: 0; min-height: 100dvh; display: grid; place-items: center; font-family: system-ui, sans-serif; background: #f8f9fa; color: #212529; }
      main { text-align: center; padding: 24px; }
      h1 { font-size: 1.5rem; margin: 0 0 8px; }
      p { margin: 4px 0; color: #495057; }
    </style>
  </head>
  <body>
    <main>
      <h1>Canal de Alertas</h1>
      <p>O aplicativo estará disponível em breve.</p>
      <p lang="en">The app is coming soon.</p>
    </main>
  </body>
</html>
`;

await mkdir(dist, { recursive: true });
await writeFile(new URL('index.html', dist), html);
console.log('alert-app: dist/index.html');
