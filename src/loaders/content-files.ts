import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A content file: its path from the repository root (forward slashes) and its text. */
export interface ContentFile {
	file: string;
	text: string;
}

/** Reads every file below `folder` (relative to `root`) whose name ends with `extension`. */
export async function readContentFiles(
	root: URL,
	folder: string,
	extension: string,
): Promise<ContentFile[]> {
	const rootPath = fileURLToPath(root);
	const folderPath = join(rootPath, folder);
	let names: string[];
	try {
		names = await readdir(folderPath, { recursive: true });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw error;
	}

	const files = names.filter((name) => name.endsWith(extension)).sort();
	return Promise.all(
		files.map(async (name) => {
			const absolute = join(folderPath, name);
			const file = relative(rootPath, absolute).split(sep).join('/');
			return { file, text: await readFile(absolute, 'utf8') };
		}),
	);
}
