/**
 * A synthetic archive for the benchmark: N articles made of the real edition's own sentences,
 * 24 an edition (three on each of 8 版), one edition a day back from the real edition, with
 * reporters, names and places invented so that, as in a real archive, a name occurs in few
 * articles. The same N always gives the same files.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticle } from '../src/lib/article-file';

/** Articles in one edition, and 版 in one edition. */
export const ARTICLES_PER_EDITION = 24;
export const PAGES_PER_EDITION = 8;

/** The day before the real edition: the synthetic archive ends there and grows backwards. */
const LAST_DAY = Date.UTC(2026, 0, 7);
const DAY = 86_400_000;

const SURNAMES = [
	...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const GIVEN = [
	...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红玲芬燕彬鑫斌宇浩凯健俊帆帅旭宁龙林欣佳毅松侃德',
];
const PLACE_HEADS = [...'石桥鹅岭佛图关虎头岩化龙黄花园菜园坝朝天门储奇望龙南纪大坪上清七星两路'];
const PLACE_TAILS = ['湾社区', '岩', '坡', '巷', '街道', '广场', '片区', '小区', '码头', '公园'];

/** A small fast generator with a fixed seed: mulberry32. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let value = state;
		value = Math.imul(value ^ (value >>> 15), value | 1);
		value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
		return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
	};
}

/** The sentences of the real edition's articles, in file order. */
export function realSentences(contentFolder: string): string[] {
	const folder = join(contentFolder, 'articles');
	const sentences: string[] = [];
	for (const day of readdirSync(folder).sort()) {
		for (const name of readdirSync(join(folder, day)).sort()) {
			if (!name.endsWith('.md')) continue;
			const reading = readArticle(`${day}/${name}`, readFileSync(join(folder, day, name), 'utf8'));
			if (!reading.ok) continue;
			const body = reading.article.body;
			const plain = body.replace(/\[\[[^\]]*\]\]/gu, '').replace(/\s+/gu, '');
			for (const sentence of plain.split(/(?<=[。！？])/u)) {
				if ([...sentence].length >= 10 && [...sentence].length <= 160) sentences.push(sentence);
			}
		}
	}
	return sentences;
}

/** What the archive is made of, for the bench's report. */
export interface ArchiveSummary {
	articles: number;
	editions: number;
	firstDay: string;
	lastDay: string;
	/** Names and places that the generator put into the text, each with how often. */
	names: Map<string, number>;
}

/**
 * Writes `count` articles under `<target>/articles/` (and the site's own `site.yaml`), replacing
 * whatever was there.
 */
export function writeArchive(contentFolder: string, target: string, count: number): ArchiveSummary {
	const random = seededRandom(20_260_108);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
	const sentences = realSentences(contentFolder);
	if (sentences.length === 0) throw new Error(`${contentFolder} 中没有可用的句子`);

	const person = () => pick(SURNAMES) + pick(GIVEN) + (random() < 0.6 ? pick(GIVEN) : '');
	const place = () => pick(PLACE_HEADS) + pick(PLACE_HEADS) + pick(PLACE_TAILS);
	const reporters = Array.from({ length: 120 }, person);
	const names = new Map<string, number>();
	const mention = (name: string) => {
		names.set(name, (names.get(name) ?? 0) + 1);
		return name;
	};

	rmSync(target, { recursive: true, force: true });
	mkdirSync(join(target, 'articles'), { recursive: true });
	cpSync(join(contentFolder, 'site.yaml'), join(target, 'site.yaml'));

	const editions = Math.ceil(count / ARTICLES_PER_EDITION);
	const day = (edition: number) =>
		new Date(LAST_DAY - (editions - 1 - edition) * DAY).toISOString().slice(0, 10);

	for (let index = 0; index < count; index += 1) {
		const edition = Math.floor(index / ARTICLES_PER_EDITION);
		const position = index % ARTICLES_PER_EDITION;
		const date = day(edition);
		const page = 1 + Math.floor(position / (ARTICLES_PER_EDITION / PAGES_PER_EDITION));

		const paragraphs = Array.from({ length: 3 + Math.floor(random() * 6) }, () => {
			const parts = Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(sentences));
			if (random() < 0.35) {
				parts.push(`${mention(place())}居民${mention(person())}说，变化看得见、摸得着。`);
			}
			return parts.join('');
		});
		const headline = pick(sentences)
			.replace(/^本报讯（[^）]*）/u, '')
			.replace(/[，。；：、！？“”（）]/gu, ' ')
			.trim()
			.slice(0, 20)
			.trim();
		const title = random() < 0.25 ? `${mention(place())} ${headline}` : headline;
		const byline = `记者 ${pick(reporters)}${random() < 0.4 ? ` ${pick(reporters)}` : ''}`;

		const folder = join(target, 'articles', date);
		if (position === 0) mkdirSync(folder, { recursive: true });
		const lines = [
			'---',
			`title: ${JSON.stringify(title)}`,
			`date: ${date}`,
			`page: ${String(page)}`,
			`byline: ${JSON.stringify(byline)}`,
			`order: ${String((position % 3) + 1)}`,
			'---',
			'',
			paragraphs.join('\n\n'),
			'',
		];
		writeFileSync(join(folder, `a${String(position + 1).padStart(2, '0')}.md`), lines.join('\n'));
	}

	return { articles: count, editions, firstDay: day(0), lastDay: day(editions - 1), names };
}
