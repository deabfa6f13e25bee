import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';

/** A Markdown file split into its YAML front-matter and its body. */
export interface FrontMatterDocument {
	/** The front-matter as plain values (YAML 1.2: dates stay strings, 08 is 8). */
	data: Record<string, unknown>;
	/** The Markdown after the closing `---`. */
	body: string;
	/** 1-based line of each front-matter key in the file. */
	keyLines: ReadonlyMap<string, number>;
}

/** Front-matter that cannot be read, with the line it fails on when known. */
export class FrontMatterError extends Error {
	/** 1-based line in the file. */
	readonly line: number | undefined;

	constructor(message: string, line?: number) {
		super(message);
		this.name = 'FrontMatterError';
		this.line = line;
	}
}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/u;
const CLOSING = /^---[ \t]*$/mu;

/** Splits `text` into front-matter data and body; throws FrontMatterError in Chinese. */
export function parseFrontMatter(text: string): FrontMatterDocument {
	const opening = OPENING.exec(text);
	if (!opening) {
		throw new FrontMatterError('文件开头缺少前置信息（第一行应为 ---，其后写标题、日期、版次）', 1);
	}

	const rest = text.slice(opening[0].length);
	const closing = CLOSING.exec(rest);
	if (!closing) {
		throw new FrontMatterError('前置信息没有结束：标题等字段之后应有一行 ---', 1);
	}

	const yamlText = rest.slice(0, closing.index);
	const body = rest.slice(closing.index + closing[0].length).replace(/^\r?\n/u, '');
	const lineCounter = new LineCounter();
	const document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });

	const [firstError] = document.errors;
	const colon = chineseColonSlip(yamlText);
	if (colon) throw new FrontMatterError(colon.message, colon.line + 1);
	if (firstError || (document.contents !== null && !isMap(document.contents))) {
		const tab = tabSlip(yamlText);
		if (tab) throw new FrontMatterError(tab.message, tab.line + 1);
	}
	if (firstError) {
		const yamlLine =
			(firstError.code === 'MISSING_CHAR' ? unclosedQuoteLine(yamlText) : undefined) ??
			lineCounter.linePos(firstError.pos[0]).line;
		throw new FrontMatterError(describeYamlError(firstError.code), yamlLine + 1);
	}

	if (document.contents !== null && !isMap(document.contents)) {
		throw new FrontMatterError('前置信息应为「字段: 值」的列表', 2);
	}

	const keyLines = new Map<string, number>();
	for (const pair of document.contents?.items ?? []) {
		if (!isScalar(pair.key)) continue;
		const line = lineCounter.linePos(pair.key.range[0]).line + 1;
		keyLines.set(String(pair.key.value), line);
		if (isScalar(pair.value) && pair.value.comment) {
			throw new FrontMatterError(
				`${String(pair.key.value)} 的值中「 #」之后的文字会被当作注释而丢失：含 # 的值请用英文双引号括起来`,
				line,
			);
		}
	}

	let data: Record<string, unknown>;
	try {
		data = (document.toJS() ?? {}) as Record<string, unknown>;
	} catch {
		throw new FrontMatterError(
			'前置信息中以 * 或 & 开头的值会被 YAML 当作引用而无法读取：请把整个值用英文双引号括起来',
			firstAliasLine(yamlText),
		);
	}
	return { data, body, keyLines };
}

/**
 * The 1-based line on which a quoted value opens without closing. YAML reports a missing quote
 * where the text ends; the editor needs the line where it began.
 */
function unclosedQuoteLine(yamlText: string): number | undefined {
	const index = yamlText.split('\n').findIndex((line) => {
		const value = /^[^:#]+:\s*(["'])(.*)$/u.exec(line);
		return value !== null && !(value[2] ?? '').includes(value[1] ?? '');
	});
	return index === -1 ? undefined : index + 1;
}

/** The 1-based line of the first value that starts with * (a YAML alias). */
function firstAliasLine(yamlText: string): number | undefined {
	const index = yamlText.split('\n').findIndex((line) => /^[^:#]+:\s*\*/u.test(line));
	return index === -1 ? undefined : index + 2;
}

/** What an editor mistyped, and on which line of the front-matter (1-based). */
interface TypingSlip {
	message: string;
	line: number;
}

/**
 * A field name at the start of a line followed by the Chinese colon (`page：2`). YAML reads
 * that line as one long key or as text; at the start of a line it is always a slip, while an
 * indented line may be the text of a longer value and is left alone.
 */
function chineseColonSlip(yamlText: string): TypingSlip | undefined {
	const lines = yamlText.split('\n');
	for (const [index, line] of lines.entries()) {
		const field = /^([A-Za-z][\w-]*)[ \t]*：/u.exec(line);
		if (field) {
			return {
				message: `字段 ${field[1] ?? ''} 后面是中文冒号「：」：请改为英文冒号「:」，冒号后空一格`,
				line: index + 1,
			};
		}
	}
	return undefined;
}

/** A line indented with a tab, which YAML cannot read, when the front-matter did not parse. */
function tabSlip(yamlText: string): TypingSlip | undefined {
	const index = yamlText.split('\n').findIndex((line) => line.startsWith('\t'));
	if (index === -1) return undefined;
	return { message: '行首有 Tab 缩进：字段名应顶格书写，请删去行首的 Tab', line: index + 1 };
}

/** A YAML parse error as advice an editor can follow. */
function describeYamlError(code: string): string {
	if (code === 'DUPLICATE_KEY') return '前置信息中同一字段写了两次，请删去一个';
	return '前置信息格式有误，无法读取：值中含有冒号、引号或 # 时，请把整个值用英文双引号括起来';
}
