import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ContentError } from '../lib/content-issue';
import { FrontMatterError, parseFrontMatter } from '../lib/front-matter';
import { toContentIssues } from '../lib/schema-issues';
import { siteSchema, type SiteConfig } from '../schemas/site';

const contentRoot = process.env.YZB_CONTENT_DIR ?? 'content';
const file = `${contentRoot}/site.yaml`;

const FIELDS = Object.fromEntries(
	Object.keys(siteSchema.shape).map((key) => [key, { label: key, expected: '应为非空文字' }]),
);

/** Reads content/site.yaml once; a missing file gives the defaults. */
function readSiteConfig(): SiteConfig {
	let text: string;
	try {
		// The build runs from the project's root.
		text = readFileSync(resolve(process.cwd(), file), 'utf8');
	} catch {
		return siteSchema.parse({});
	}

	let data: Record<string, unknown>;
	try {
		data = parseFrontMatter(`---\n${text}\n---\n`).data;
	} catch (error) {
		if (!(error instanceof FrontMatterError)) throw error;
		throw new ContentError([{ file, line: error.line && error.line - 1, message: error.message }]);
	}
	const parsed = siteSchema.safeParse(data);
	if (!parsed.success)
		throw new ContentError(toContentIssues(parsed.error.issues, data, FIELDS, { file }));
	return parsed.data;
}

/** The site configuration of this build. */
export const siteConfig: SiteConfig = readSiteConfig();
