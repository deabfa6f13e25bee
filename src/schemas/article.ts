import { z } from 'astro/zod';
import { isCalendarDay } from '../lib/beijing-day';

/** Text with something visible in it: zero-width and control characters alone do not count. */
const text = z
	.string()
	.trim()
	.min(1)
	.refine((value) => value.replace(/[\p{Cf}\p{Cc}\s]/gu, '') !== '');
const pageNumber = z.number().int().positive();

/** One photo of an article: an image file beside it, described for readers who cannot see it. */
export const photoSchema = z
	.object({
		/** Path of the image relative to the article file, e.g. `photos/jiefangbei.jpg`. */
		src: text,
		/** What the photo shows, for screen readers and when it does not load. Required. */
		alt: text,
		/** 图注: the caption printed with it. */
		caption: text.optional(),
		/** Who took it (摄), as printed. */
		credit: text.optional(),
	})
	.strict();

/** The front-matter of one article file under content/articles/. */
export const articleSchema = z
	.object({
		/** Headline (标题) as printed. Required. */
		title: text,
		/** Edition date (YYYY-MM-DD), a calendar day in Beijing time. Required. */
		date: z.string().refine(isCalendarDay),
		/** The 版 the article is printed on, a positive whole number. Required. */
		page: pageNumber,
		/** Credit line as printed, e.g. `首席记者 刘 侃 记者 黄清娟`. Absent for pure continuations. */
		byline: text.optional(),
		/** 引题: the small line printed above the headline. */
		kicker: text.optional(),
		/** 副题: the line printed below the headline. */
		subtitle: text.optional(),
		/** 栏目: the rubric the article runs under, e.g. 创先争优 看渝中. */
		rubric: text.optional(),
		/** Name of the series the article is a part of (without the part number). */
		series: text.optional(),
		/** The article's part number in its series, from 1. */
		part: pageNumber.optional(),
		/** The 版 the article continues from (上接N版) when this is its second part. */
		continuedFrom: pageNumber.optional(),
		/** The 版 the article continues on (下转N版). */
		continuedTo: pageNumber.optional(),
		/** True when text was lost and the body marks the gap with [[缺文]]. Default false. */
		incomplete: z.boolean().default(false),
		/** Position on its 版 in print order, from 1. Default: after numbered ones, by headline. */
		order: pageNumber.optional(),
		/** Photos shown after the headline, in order. Default: none. */
		photos: z.array(photoSchema).default([]),
		/** true keeps the article out of the site, its search, feed and sitemap. Default false. */
		draft: z.boolean().default(false),
		/** 更正: corrections shown at the top of the article, each with its date. Default: none. */
		corrections: z
			.array(
				z
					.object({
						/** The day the correction was made, YYYY-MM-DD. */
						date: z.string().refine(isCalendarDay),
						/** What was wrong and what is right. */
						text,
					})
					.strict(),
			)
			.default([]),
		/** Addresses the article had before its date or file name changed, e.g. /2026-01-07/old/. */
		formerPaths: z.array(z.string().regex(/^\/?\d{4}-\d{2}-\d{2}\/[a-z0-9-]+\/?$/u)).default([]),
	})
	.strict();

/** Front-matter of an article after validation. */
export type ArticleData = z.infer<typeof articleSchema>;

/** Chinese name and the expected form of each field, for error messages. */
export const ARTICLE_FIELDS: Record<keyof ArticleData, { label: string; expected: string }> = {
	title: { label: '标题', expected: '应为非空文字' },
	date: { label: '日期', expected: '应为实际存在的日期，写作 YYYY-MM-DD（如 2026-01-08）' },
	page: { label: '版次', expected: '应为正整数（如 2）' },
	byline: { label: '署名', expected: '应为非空文字，如「首席记者 刘 侃」' },
	kicker: { label: '引题', expected: '应为非空文字' },
	subtitle: { label: '副题', expected: '应为非空文字' },
	rubric: { label: '栏目', expected: '应为非空文字' },
	series: { label: '系列', expected: '应为非空文字' },
	part: { label: '系列篇次', expected: '应为正整数（如 1）' },
	continuedFrom: { label: '上接版次', expected: '应为正整数（如 1）' },
	continuedTo: { label: '下转版次', expected: '应为正整数（如 3）' },
	incomplete: { label: '缺文标记', expected: '应为 true 或 false' },
	order: { label: '版内顺序', expected: '应为正整数（如 1）' },
	draft: { label: '草稿', expected: '应为 true 或 false' },
	corrections: {
		label: '更正',
		expected: '应为列表，每项写 date（更正日期，如 2026-01-09）和 text（更正内容）',
	},
	formerPaths: {
		label: '旧网址',
		expected: '应为列表，每项是文章以前的网址，如 /2026-01-07/kaimen-sanping/',
	},
	photos: {
		label: '图片',
		expected:
			'应为列表，每张图片写 src（图片文件）和 alt（图片内容的文字说明，必填），可写 caption 和 credit',
	},
};
