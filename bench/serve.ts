/**
 * A plain static file server for the benchmark, as a host would serve the built site: files as
 * they are, a folder by its index.html, nothing held in memory.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.xml': 'application/xml',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
};

/** A running server: its origin (no trailing slash) and a way to stop it. */
export interface StaticServer {
	origin: string;
	stop(): Promise<void>;
}

/** Serves `folder` on a free localhost port. */
export function serveFolder(folder: string): Promise<StaticServer> {
	const server = createServer((request, response) => {
		void (async () => {
			const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
			let file = join(folder, normalize(path));
			try {
				if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
				await stat(file);
			} catch {
				response.writeHead(404).end();
				return;
			}
			response.writeHead(200, {
				'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
				'cache-control': 'max-age=3600',
			});
			createReadStream(file).pipe(response);
		})();
	});
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			resolve({
				origin: `http://127.0.0.1:${String(port)}`,
				stop: () =>
					new Promise((done) => {
						server.close(() => {
							done();
						});
						server.closeAllConnections();
					}),
			});
		});
	});
}
