import { describe, expect, it } from 'vitest';
import { loadPage } from '../support/site';

interface Expected {
	slug: string;
	title: string;
	names: string[];
	first: string;
	last: string;
}

/** The seven articles of the real page, in print order, with their first and last sentences. */
const ARTICLES: Expected[] = [
	{
		slug: 'kaimen-sanping',
		title: '“开门三评”集民智 党建联席会助发展',
		names: ['刘侃'],
		first: '本报讯（首席记者 刘 侃）日前，渝中区南纪门地区2025年党建联席会召开。',
		last: '要进一步做到“实事求是、好事办好”，强化责任担当，加强协同联动，共同推动南纪门地区民生服务与经济社会发展再上新台阶。',
	},
	{
		slug: 'budongchan-dengji',
		title: '我区召开专题调度会 聚力攻坚不动产“登记难”',
		names: ['刘侃'],
		first:
			'本报讯（首席记者 刘 侃）日前，我区召开集中整治不动产“登记难”问题第四次工作调度会，既系统复盘前期整治攻坚成效，又精准分析工作堵点、卡点，研究化解措施，安排部署下阶段工作。',
		last: '要合力精准攻坚，强化宣传引导，加强调度督办，全力推动集中整治工作取得实效，提升人民群众获得感、幸福感、安全感，确保社会大局持续稳定。',
	},
	{
		slug: 'hezuo-gongying',
		title: '坚持合作共赢，敞开胸怀拥抱世界',
		names: [],
		first:
			'对标世界最高水平开放形态，海南自贸港全岛封关运作，近5年海南实际使用外资1025亿元，吸引外资超之前32年总和；主动持续向全世界开放市场，第八届进博会按年计意向成交金额834.9亿美元，规模再创新高……中国磁吸力，源于高质量发展的确定性和高水平开放的机遇性。',
		last: '坚持胸怀天下，在历史大潮中聚全球治理合力、在时代劲风中扬合作共赢之帆，在动荡变革中掌命运与共之炬，定能书写中国与世界相互交融、相互成就的崭新篇章。',
	},
	{
		slug: 'jingji-huiyi-fanxiang-1',
		title: '乘势而上 真抓实干 奋力实现“十五五”良好开局',
		names: ['刘侃', '黄清娟', '廖松', '袁侨德', '姚廷洋', '晏艳辉'],
		first:
			'1月7日，区委经济工作会议召开，总结2025年经济工作，分析当前经济形势，部署2026年经济工作，向全区发出了推进“十五五”规划开好局、起好步的动员令。',
		last: '聚焦营商环境赋能，搭建企业培育库，健全政策直达平台，持续开展“千企万户”大走访，深化“专员+管家”服务机制，让企业放心投资、安心发展。',
	},
	{
		slug: 'yiwu-jiaoyu-junheng',
		title: '渝中获评全国义务教育优质均衡发展区',
		names: ['刘侃'],
		first:
			'本报讯（首席记者 刘 侃）日前，教育部公布2025年第一批义务教育优质均衡发展县（市、区）名单，渝中通过国家督导评估认定程序，获评“全国义务教育优质均衡发展区”，成为重庆市率先且唯一完成义务教育普及普惠和教育优质均衡“两个创建”的区县，标志其教育发展水平迈入全国前列。',
		last: '同时，以义务教育优质均衡发展为关键抓手，进一步深化综合改革，激活教育创新动力，引领渝中教育强国建设走在前、作示范，为全国区域教育均衡发展提供“渝中样本”。',
	},
	{
		slug: 'quwei-jingji-gongzuo-huiyi',
		title: '区委经济工作会议召开',
		names: [],
		first:
			'要扩大有效投资，稳住基础设施、城市更新等重点领域投资基本盘，增强产业投资、社会投资等关键领域投资贡献度。',
		last: '区委、区人大常委会、区政府办公室主任，区政协秘书长；区人大常委会、区政协有关委室主要负责人；区委各部委，区级国家机关各部门，市级驻区各部门，区工商联、各人民团体，各管委会主要负责人；各民主党派区委委主要负责人；各街道党政主要负责人；区属国有企业董事长、总经理；区属五、六级职员事业单位主要负责人；无党派人士代表；企业家代表参加。',
	},
	{
		slug: 'zhihui-dangjian',
		title: '“智慧党建”精准发力 “数字赋效”固本强基',
		names: ['晏艳辉'],
		first:
			'针对“软弱涣散党组织”整顿工作中长期存在的“问题评判难、整改一刀切”等痛点，石油路街道依托AI模型，推动形成差异化的精准治理模式。',
		last: '未来，石油路街道也将不断推动“AI+软弱涣散基层党组织整顿转化”综合场景快速完善迭代，打通更多部门壁垒，贯通更多应用数据，让评价指标体系更全面客观精准，有力推动基层党建从传统经验型向现代数据驱动型转型。',
	},
];

/** The body's sentences, closing byline lines left out, each ending in 。！？ or at a paragraph. */
function bodySentences(path: string): string[] {
	const $ = loadPage(path);
	return $('article .article-body p:not(.byline-closing)')
		.toArray()
		.flatMap(
			(paragraph) =>
				$(paragraph)
					.text()
					.match(/[^。！？]+[。！？]?/gu) ?? [],
		);
}

describe.each(ARTICLES)('the article page of $slug', (expected) => {
	const path = `/2026-01-08/${expected.slug}/`;
	const $ = loadPage(path);

	it('shows its headline in the only h1', () => {
		expect($('h1').length).toBe(1);
		expect($('article h1').text()).toBe(expected.title);
	});

	it('shows each name of its byline, joined where print padded it', () => {
		const names = $('article header .byline-name')
			.toArray()
			.map((name) => $(name).text());
		expect(names).toEqual(expected.names);
	});

	it('shows the date as the paper prints it and its 版', () => {
		const where = $('article header time').parent().parent();
		expect($('article header time').text()).toBe('2026年1月8日 星期四');
		expect($('article header time').attr('datetime')).toBe('2026-01-08');
		expect(where.text()).toContain('第2版');
	});

	it('starts and ends with the sentences of the source', () => {
		const sentences = bodySentences(path);
		expect(sentences[0]).toBe(expected.first);
		expect(sentences.at(-1)).toBe(expected.last);
	});

	it('is a Chinese page with its text in one article element', () => {
		expect($('html').attr('lang')).toBe('zh-CN');
		expect($('main article').length).toBe(1);
	});
});

describe('the article pages', () => {
	it('close article 4 and article 7 with their printed bylines', () => {
		const closing = (slug: string) =>
			loadPage(`/2026-01-08/${slug}/`)('article .article-body p.byline-closing').text();
		expect(closing('jingji-huiyi-fanxiang-1')).toBe(
			'首席记者 刘 侃 记者 黄清娟 廖 松 袁侨德 姚廷洋 晏艳辉',
		);
		expect(closing('zhihui-dangjian')).toBe('记者 晏艳辉');
	});

	it('show the subtitle of article 4 and the subtitle and rubric of article 5', () => {
		const fourth = loadPage('/2026-01-08/jingji-huiyi-fanxiang-1/');
		expect(fourth('article header .article-subtitle').text()).toBe(
			'区委经济工作会议精神引发热烈反响①',
		);
		const fifth = loadPage('/2026-01-08/yiwu-jiaoyu-junheng/');
		expect(fifth('article header .article-subtitle').text()).toBe('在全市率先且唯一实现“两个创建”');
		expect(fifth('article header .article-rubric-name').text()).toBe('创先争优 看渝中');
	});

	it('say where a continuation begins and that 第1版 is not here', () => {
		for (const slug of ['hezuo-gongying', 'quwei-jingji-gongzuo-huiyi', 'zhihui-dangjian']) {
			const note = loadPage(`/2026-01-08/${slug}/`)('article .continuation-note').first().text();
			expect(note).toContain('（上接1版）');
			expect(note).toContain('本文前半部分刊于第1版，该版未收入本站。');
		}
	});

	it('mark the gap in article 6 and say that it is incomplete', () => {
		const $ = loadPage('/2026-01-08/quwei-jingji-gongzuo-huiyi/');
		expect($('article .text-gap').length).toBe(1);
		expect($('article .article-body p').first().text()).toContain('深耕〔此处原文缺失〕环促落地');
		expect($('article').text()).toContain('本文部分文字在原版中缺失');
	});

	it('set the two sub-headings of article 7 as h2', () => {
		const $ = loadPage('/2026-01-08/zhihui-dangjian/');
		expect(
			$('article .article-body h2')
				.toArray()
				.map((heading) => $(heading).text()),
		).toEqual(['智能研判 分类施策实现“靶向治疗”', '闭环管理 智慧赋能提升“治本之效”']);
	});
});

describe('the lists of articles', () => {
	const titles = ARTICLES.map((article) => article.title);
	const listed = (path: string) => {
		const $ = loadPage(path);
		return $('main article h2 a, main article h3 a')
			.toArray()
			.map((link) => ({ title: $(link).text(), href: $(link).attr('href') }));
	};

	it('show all seven on the home page in print order, under 第2版', () => {
		expect(listed('/').map((item) => item.title)).toEqual(titles);
		expect(loadPage('/')('main h2').first().text()).toContain('第2版');
		expect(loadPage('/')('h1').text()).toContain('2026年1月8日 星期四');
	});

	it('show all seven on the 版 page and the edition page, linking to the article pages', () => {
		for (const path of ['/2026-01-08/page-2/', '/2026-01-08/']) {
			expect(listed(path)).toEqual(
				ARTICLES.map((article) => ({ title: article.title, href: `/2026-01-08/${article.slug}/` })),
			);
		}
	});
});

describe('the edition data', () => {
	it('tells readers, on the edition page, that its date and 版 were inferred and why', () => {
		const note = loadPage('/2026-01-08/')('main aside').text();
		expect(note).toContain('源文件未印出版日期');
		expect(note).toContain('推定为2026-01-08');
		expect(note).toContain('推定为第2版');
	});
});

describe('the real edition’s reporters, series and rubric', () => {
	const headlines = (path: string) => {
		const $ = loadPage(path);
		return $('main ul h2 a')
			.toArray()
			.map((link) => $(link).text());
	};

	it('gives 刘侃 his four articles and 晏艳辉 her two, in print order', () => {
		expect(headlines('/reporters/liu-kan/')).toEqual([
			'“开门三评”集民智 党建联席会助发展',
			'我区召开专题调度会 聚力攻坚不动产“登记难”',
			'乘势而上 真抓实干 奋力实现“十五五”良好开局',
			'渝中获评全国义务教育优质均衡发展区',
		]);
		expect(headlines('/reporters/yan-yan-hui/')).toEqual([
			'乘势而上 真抓实干 奋力实现“十五五”良好开局',
			'“智慧党建”精准发力 “数字赋效”固本强基',
		]);
	});

	it('lists part ① of 区委经济工作会议精神引发热烈反响 on its series page', () => {
		expect(
			headlines('/series/qu-wei-jing-ji-gong-zuo-hui-yi-jing-shen-yin-fa-re-lie-fan-xiang/'),
		).toEqual(['乘势而上 真抓实干 奋力实现“十五五”良好开局']);
	});

	it('lists the education article under 创先争优 看渝中', () => {
		expect(headlines('/rubrics/chuang-xian-zheng-you-kan-yu-zhong/')).toEqual([
			'渝中获评全国义务教育优质均衡发展区',
		]);
	});
});
