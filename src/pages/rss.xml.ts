import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { articleHtml } from '../data/article-body';
import { loadPaper } from '../data/paper';
import { siteConfig } from '../data/site';
import { strings } from '../i18n/strings';
import { beijingMidnight } from '../lib/beijing-day';
import { compareNewestFirst } from '../lib/groupings';
import { articlePath, homePath } from '../lib/urls';

/** How many of the latest articles the feed carries, with their full text. */
const FEED_LENGTH = 50;

/** The RSS 2.0 feed of the latest articles. */
export async function GET(context: APIContext): Promise<Response> {
	const { articles } = await loadPaper();
	const latest = [...articles.values()].sort(compareNewestFirst).slice(0, FEED_LENGTH);
	const site = new URL(homePath(), context.site).href;

	return rss({
		title: strings.feedTitle(siteConfig.name),
		description: strings.feedDescription(siteConfig.name),
		site,
		customData: '<language>zh-CN</language>',
		trailingSlash: true,
		items: latest.map((article) => ({
			title: article.title,
			link: articlePath(article.date, article.slug),
			pubDate: beijingMidnight(article.date),
			description: article.lead,
			content: articleHtml(article),
		})),
	});
}
