import { spawn } from 'node:child_process';

/** Serves a built folder with the site's own server until `stop()`; resolves once it listens. */
export async function serveSite(
  dir: string,
  port: number,
  base = '/',
): Promise<{ url: string; stop: () => void }> {
  const server = spawn(
    process.execPath,
    ['src/cli/serve.ts', '--dir', dir, '--port', String(port), '--base', base],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  // A benchmark that crashes must not leave its server holding the port.
  process.once('exit', () => server.kill());
  await new Promise<void>((resolve, reject) => {
    server.stdout.once('data', () => {
      resolve();
    });
    server.once('exit', (code) => {
      reject(new Error(`The site server stopped (exit ${String(code)})`));
    });
  });
  return {
    url: `http://localhost:${String(port)}${base}`,
    stop: () => {
      server.kill();
    },
  };
}
