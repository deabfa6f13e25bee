import type { Loader } from 'astro/loaders';
import { ContentError } from '../lib/content-issue';
import { readEdition } from '../lib/edition-file';
import { editionSchema } from '../schemas/edition';
import { readContentFiles } from './content-files';

/** Loads content/editions/YYYY-MM-DD.yaml: optional facts about an edition and its 版. */
export function editionLoader(folder: string): Loader & { schema: typeof editionSchema } {
	return {
		name: 'yzb-editions',
		schema: editionSchema,
		async load({ config, store, logger }) {
			const { files, issues } = await readContentFiles(config.root, folder, '.yaml');
			store.clear();

			for (const { file, text } of files) {
				const reading = readEdition(file, text);
				if (reading.ok)
					store.set({ id: reading.edition.date, data: reading.edition, filePath: file });
				else issues.push(...reading.issues);
			}

			if (issues.length > 0) throw new ContentError(issues);
			logger.info(`${files.length} edition data files read`);
		},
	};
}
