import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static file server on 127.0.0.1, on a free port, serving one folder. */
export interface StaticServer {
  /** The base URL, ending in a slash. */
  readonly url: string;
  /** Every path requested, in order, with its status. */
  readonly requests: readonly { readonly path: string; readonly status: number }[];
  /** Stops the server and closes its connections. */
  close(): Promise<void>;
}

/** Serves `root` read-only on a free localhost port; only GET and HEAD, never outside `root`. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const requests: { path: string; status: number }[] = [];
  const server: Server = createServer((request, response) => {
    const respond = (status: number, body: Buffer | string, type = 'text/plain'): void => {
      requests.push({ path: request.url ?? '', status });
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      respond(405, 'Method not allowed');
      return;
    }
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (file !== root && !file.startsWith(root.endsWith(sep) ? root : `${root}${sep}`)) {
      respond(403, 'Forbidden');
      return;
    }
    stat(file)
      .then((info) => (info.isFile() ? readFile(file) : Promise.reject(new Error('not a file'))))
      .then(
        (body) => respond(200, body, TYPES[extname(file)] ?? 'application/octet-stream'),
        () => respond(404, 'Not found'),
      );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
