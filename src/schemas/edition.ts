import { z } from 'astro/zod';
import { isCalendarDay } from '../lib/beijing-day';

/** One 版 of an edition as the edition's data file describes it. */
export const editionPageSchema = z
	.object({
		/** The 版 number, a positive whole number. */
		number: z.number().int().positive(),
		/** The 版's name (版名), e.g. 要闻. Optional. */
		name: z.string().trim().min(1).optional(),
		/** 责任编辑 of the 版. Optional. */
		editor: z.string().trim().min(1).optional(),
	})
	.strict();

/** Why a fact about the edition was inferred rather than read from the print. */
export const inferenceSchema = z
	.object({
		/** The edition date was inferred: the reason. */
		date: z.string().trim().min(1).optional(),
		/** The 版 numbers were inferred: the reason. */
		pages: z.string().trim().min(1).optional(),
	})
	.strict();

/** An edition's data file, content/editions/YYYY-MM-DD.yaml. Every field but date is optional. */
export const editionSchema = z
	.object({
		/** The edition date (YYYY-MM-DD), a calendar day in Beijing time; matches the file name. */
		date: z.string().refine(isCalendarDay),
		/** Names and editors of the 版, by number, each number once. Default: none. */
		pages: z
			.array(editionPageSchema)
			.default([])
			.refine((pages) => new Set(pages.map((page) => page.number)).size === pages.length),
		/** Facts not printed in the source and how they were inferred. Default: none. */
		inferred: inferenceSchema.optional(),
	})
	.strict();

/** An edition's data after validation. */
export type EditionData = z.infer<typeof editionSchema>;
