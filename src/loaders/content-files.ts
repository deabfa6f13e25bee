import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentIssue } from '../lib/content-issue';

/** A content file: its path from the repository root (forward slashes) and its text. */
export interface ContentFile {
	file: string;
	text: string;
}

/** The files of a content folder that can be read, and what is wrong with the others. */
export interface ContentFolder {
	files: ContentFile[];
	issues: ContentIssue[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Photos live beside the articles that show them; they are not content files. */
const PHOTO = /\.(?:jpe?g|png|webp|avif)$/iu;

/** The content files below a folder, by path from the repository root, in order. */
export interface ContentPaths {
	/** Paths of the files ending with the extension. */
	paths: string[];
	/** Files an editor meant as content that have another extension. */
	issues: ContentIssue[];
}

/**
 * Lists every file below `folder` (relative to `root`) whose name ends with `extension`, and
 * reports files with another extension, never skipping them in silence; hidden files (editor
 * backups, .DS_Store) and photos are left alone.
 */
export async function listContentFiles(
	root: URL,
	folder: string,
	extension: string,
): Promise<ContentPaths> {
	const rootPath = fileURLToPath(root);
	let entries;
	try {
		entries = await readdir(join(rootPath, folder), { recursive: true, withFileTypes: true });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { paths: [], issues: [] };
		throw error;
	}

	const paths: string[] = [];
	const issues: ContentIssue[] = [];
	const regular = entries
		.filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
	for (const absolute of regular) {
		const file = relative(rootPath, absolute).split(sep).join('/');
		if (PHOTO.test(absolute)) continue;
		if (absolute.endsWith(extension)) paths.push(file);
		else issues.push({ file, message: `文件未收入：文件名应以 ${extension} 结尾（小写）` });
	}
	return { paths, issues };
}

/** Reads content files by their paths from `root`; files that are not UTF-8 are reported. */
export function readFiles(root: URL, paths: readonly string[]): ContentFolder {
	const rootPath = fileURLToPath(root);
	const files: ContentFile[] = [];
	const issues: ContentIssue[] = [];
	for (const file of paths) {
		try {
			// One after another, without waiting on the thread pool: much faster for small files.
			files.push({ file, text: utf8.decode(readFileSync(join(rootPath, file))) });
		} catch {
			issues.push({
				file,
				message: '文件不是 UTF-8 编码，中文会变成乱码：请在编辑器中“另存为” UTF-8 编码',
			});
		}
	}
	return { files, issues };
}

/**
 * Reads every file below `folder` (relative to `root`) whose name ends with `extension`. Files
 * that an editor meant as content but that cannot be read (another extension, not UTF-8) are
 * reported, never skipped in silence.
 */
export async function readContentFiles(
	root: URL,
	folder: string,
	extension: string,
): Promise<ContentFolder> {
	const listed = await listContentFiles(root, folder, extension);
	const read = readFiles(root, listed.paths);
	return { files: read.files, issues: [...listed.issues, ...read.issues] };
}
