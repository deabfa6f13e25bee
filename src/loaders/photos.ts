import { existsSync } from 'node:fs';
import { posix } from 'node:path';
import type { ArticleSource } from '../lib/article-file';
import type { ContentIssue } from '../lib/content-issue';

/** Issues for photos whose file is not where the article says. */
export function missingPhotos(root: URL, articles: readonly ArticleSource[]): ContentIssue[] {
	return articles.flatMap((article) =>
		article.data.photos.flatMap((photo, index) => {
			const folder = article.file.split('/').slice(0, -1).join('/');
			const path = posix.normalize(`${folder}/${photo.src}`);
			if (existsSync(new URL(path, root))) return [];
			return [
				{
					file: article.file,
					message: `photos（图片）第${index + 1}项 src「${photo.src}」找不到图片文件 ${path}：请检查文件名，图片应放在文章旁边`,
				},
			];
		}),
	);
}
