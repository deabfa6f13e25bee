/**
 * Pagefind's own browser files, which every index part written by the site ships beside its
 * index (src/integrations/pagefind-files.ts).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

/** What the browser needs of Pagefind besides the index: its script, worker and WebAssembly. */
export interface PagefindRuntime {
	version: string;
	includeCharacters: unknown;
	files: Map<string, Buffer>;
}

/** Files Pagefind writes for every index that the search page loads. */
const RUNTIME_FILES = ['pagefind.js', 'pagefind-worker.js', 'wasm.unknown.pagefind'];

/**
 * Pagefind's script, worker and WebAssembly, taken from an empty index written by the
 * installed Pagefind, so that they always match the format written here.
 */
export async function loadPagefindRuntime(): Promise<PagefindRuntime> {
	const folder = await mkdtemp(join(tmpdir(), 'yzb-pagefind-'));
	try {
		const { index, errors } = await createIndex({ forceLanguage: 'zxx' });
		if (!index) throw new Error(`搜索索引无法创建：${errors.join('; ')}`);
		const written = await index.writeFiles({ outputPath: folder });
		if (written.errors.length > 0) {
			throw new Error(`搜索索引写入失败：${written.errors.join('; ')}`);
		}
		const entry = JSON.parse(await readFile(join(folder, 'pagefind-entry.json'), 'utf8')) as {
			version: string;
			include_characters: unknown;
		};
		const files = new Map<string, Buffer>();
		for (const name of RUNTIME_FILES) files.set(name, await readFile(join(folder, name)));
		return { version: entry.version, includeCharacters: entry.include_characters, files };
	} finally {
		await close();
		await rm(folder, { recursive: true, force: true });
	}
}
