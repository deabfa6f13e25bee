import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { photoSchema } from './schemas/article';
import { articleLoader, storedArticleSchema } from './loaders/article-loader';
import { editionLoader } from './loaders/edition-loader';

/** The content folder; tests point it at a fixture archive with YZB_CONTENT_DIR. */
const contentRoot = process.env.YZB_CONTENT_DIR ?? 'content';

export const collections = {
	articles: defineCollection({
		loader: articleLoader(`${contentRoot}/articles`),
		// Photos go through Astro's image pipeline: their paths become image imports.
		schema: ({ image }) =>
			storedArticleSchema.extend({
				photos: z.array(photoSchema.extend({ src: image() })).default([]),
			}),
	}),
	editions: defineCollection({ loader: editionLoader(`${contentRoot}/editions`) }),
};
