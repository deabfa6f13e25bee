import { preview } from 'astro';
import { createServer } from 'node:net';
import { repoRoot } from './site';

/** A running preview of the built site. */
export interface SiteServer {
	/** `http://127.0.0.1:PORT` without a trailing slash. */
	origin: string;
	stop(): Promise<void>;
}

/** A port nobody is listening on. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => {
				resolve(port);
			});
		});
	});
}

/** Serves a built site (dist/ unless `outDir` says otherwise) on localhost, as `npm start` does. */
export async function serveSite(outDir?: string, base?: string): Promise<SiteServer> {
	const port = await freePort();
	const server = await preview({
		root: repoRoot,
		logLevel: 'error',
		server: { host: '127.0.0.1', port },
		...(outDir ? { outDir } : {}),
		...(base ? { base } : {}),
	});
	return { origin: `http://127.0.0.1:${port}`, stop: () => server.stop() };
}
