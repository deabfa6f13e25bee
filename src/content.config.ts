import { defineCollection } from 'astro:content';
import { articleLoader } from './loaders/article-loader';
import { editionLoader } from './loaders/edition-loader';

/** The content folder; tests point it at a fixture archive with YZB_CONTENT_DIR. */
const contentRoot = process.env.YZB_CONTENT_DIR ?? 'content';

export const collections = {
	articles: defineCollection({ loader: articleLoader(`${contentRoot}/articles`) }),
	editions: defineCollection({ loader: editionLoader(`${contentRoot}/editions`) }),
};
