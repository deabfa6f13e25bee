/** One problem found in a content file, said so that an editor can act on it. */
export interface ContentIssue {
	/** Path of the file from the repository root, with forward slashes. */
	file: string;
	/** 1-based line in the file, when the problem sits on one line. */
	line?: number;
	/** The message in Chinese: field, what was found, what is expected. */
	message: string;
}

/** An issue as one line: `content/articles/x.md 第4行: …`. */
export function formatContentIssue(issue: ContentIssue): string {
	const where = issue.line ? `${issue.file} 第${issue.line}行` : issue.file;
	return `${where}: ${issue.message}`;
}

/** Thrown when content cannot be published; carries every issue found, not just the first. */
export class ContentError extends Error {
	/** Every issue found, in file order. */
	readonly issues: readonly ContentIssue[];

	constructor(issues: readonly ContentIssue[]) {
		const lines = issues.map(formatContentIssue);
		super(`内容有 ${issues.length} 处错误，网站未更新：\n${lines.join('\n')}`);
		this.name = 'ContentError';
		this.issues = issues;
	}
}
