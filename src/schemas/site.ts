import { z } from 'astro/zod';

const text = z.string().trim().min(1);

/**
 * The paper's own facts, from content/site.yaml. Every field but the name is optional: a value
 * not configured is left out of the footer, never filled in.
 */
export const siteSchema = z
	.object({
		/** The paper's name. Default 渝中报. */
		name: text.default('渝中报'),
		/** 主办单位: who publishes the paper. */
		publisher: text.optional(),
		/** 地址: the newsroom's postal address. */
		address: text.optional(),
		/** 版权声明, e.g. 版权所有 © 渝中报社. */
		copyright: text.optional(),
		/** 转载声明: the reprint notice. */
		reprintNotice: text.optional(),
		/** ICP备案号. */
		icp: text.optional(),
		/** 公安备案号. */
		publicSecurity: text.optional(),
		/** 互联网新闻信息服务许可证 number. */
		newsLicense: text.optional(),
	})
	.strict();

/** The site configuration after validation. */
export type SiteConfig = z.infer<typeof siteSchema>;
