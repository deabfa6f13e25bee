import { formatMonth } from '../lib/beijing-day';
import { excerpt, findMatches, type ExcerptPart } from '../lib/excerpt';
import { LONGEST_QUERY, queryTerms } from '../lib/search-text';
import { SHARD_MANIFEST, type ShardManifest } from '../lib/search-shards';
import {
	findArticles,
	partsAsOne,
	type FilterName,
	type PagefindIndex,
	type PagefindModule,
	type ResultData,
	type SearchRequest,
} from './search-engine';

/** Texts the page hands to the script, so that every word stays in the strings module. */
interface SearchTexts {
	loading: string;
	older: string;
	empty: string;
	unavailable: string;
	noResults: string;
	noResultsFiltered: string;
	count: string;
	all: string;
	more: string;
	year: string;
}

/** URL parameter of each filter: 版 is `ban`, the others use their own names. */
const FILTER_PARAMS: Record<FilterName, string> = {
	page: 'ban',
	reporter: 'reporter',
	year: 'year',
	month: 'month',
};

/** How many results are shown at a time. */
const RESULTS_PER_PAGE = 20;

/** Appends excerpt parts to `parent`, marked parts as <mark>. */
function appendParts(parent: HTMLElement, parts: readonly ExcerptPart[]): void {
	for (const part of parts) {
		if (part.marked) {
			const mark = document.createElement('mark');
			mark.textContent = part.text;
			parent.append(mark);
		} else {
			parent.append(part.text);
		}
	}
}

/** The text split at `ranges`, the ranges marked. */
function markedParts(text: string, ranges: readonly [number, number][]): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	let position = 0;
	for (const [start, end] of ranges) {
		if (start > position) parts.push({ text: text.slice(position, start), marked: false });
		parts.push({ text: text.slice(start, end), marked: true });
		position = end;
	}
	if (position < text.length) parts.push({ text: text.slice(position), marked: false });
	return parts;
}

/** One result: headline link (to the article, asking it to highlight the query), where, excerpt. */
function resultItem(data: ResultData, terms: string[], query: string): HTMLLIElement {
	const item = document.createElement('li');
	item.className = 'search-result';
	const title = data.meta.title ?? data.url;

	const heading = document.createElement('h2');
	const link = document.createElement('a');
	// A query pasted into the address may be longer than the boxes take; the article page
	// marks its beginning.
	const highlight = [...query].slice(0, LONGEST_QUERY).join('');
	link.href = `${data.url}?${new URLSearchParams({ highlight }).toString()}`;
	appendParts(link, markedParts(title, findMatches(title, terms)));
	heading.append(link);

	const where = document.createElement('p');
	where.className = 'search-result-where';
	where.textContent = [data.meta.date, data.meta.page].filter(Boolean).join(' ');

	const passage = document.createElement('p');
	passage.className = 'search-result-excerpt';
	appendParts(passage, excerpt(data.meta.text ?? '', terms));

	item.append(heading, where, passage);
	return item;
}

/** A filter value as readers read it: 2026年, 2026年1月; others as they are. */
function valueLabel(name: FilterName, value: string, texts: SearchTexts): string {
	// A value from the address that is no year or month is shown as it is (and finds nothing).
	if (name === 'year' && /^\d{4}$/u.test(value)) return texts.year.replace('{value}', value);
	if (name === 'month' && /^\d{4}-(0[1-9]|1[0-2])$/u.test(value)) {
		return formatMonth(`${value}-01`);
	}
	return value;
}

/** Values of a filter in the order readers expect: 版 by number, dates newest first. */
function sortedValues(name: FilterName, counts: Record<string, number>): string[] {
	const values = Object.keys(counts).filter((value) => (counts[value] ?? 0) > 0);
	if (name === 'page') return values.sort((a, b) => parseInt(a.slice(1)) - parseInt(b.slice(1)));
	if (name === 'reporter') {
		return values.sort(
			(a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b, 'zh-CN'),
		);
	}
	return values.sort().reverse();
}

/** Runs the search in the page's URL and keeps the URL, the form and the results in step. */
export async function startSearchPage(root: HTMLElement): Promise<void> {
	const form = root.querySelector<HTMLFormElement>('#search-controls');
	const list = root.querySelector<HTMLOListElement>('#search-results');
	const status = root.querySelector<HTMLElement>('#search-status');
	const more = root.querySelector<HTMLButtonElement>('#search-more');
	if (!form || !list || !status || !more) return;

	const texts = JSON.parse(root.dataset.texts ?? '{}') as SearchTexts;
	let pagefind: Promise<{ parts: PagefindIndex[]; reporters: Record<string, string> }> | undefined;
	const loadPagefind = () => {
		pagefind ??= (async () => {
			// The index is written in parts, newest first (docs/decisions/004).
			const folder = root.dataset.index ?? '/pagefind/';
			const response = await fetch(`${folder}${SHARD_MANIFEST}`);
			if (!response.ok) throw new Error(`${folder}${SHARD_MANIFEST}: ${String(response.status)}`);
			const manifest = (await response.json()) as ShardManifest;
			if (manifest.parts[0] === undefined) throw new Error('the search index has no parts');
			// Every part is searched by its own copy of Pagefind's script: one copy's WebAssembly
			// state serves one index, and two indexes sharing it lose results. Searches run on the
			// page's own thread rather than in one web worker per part.
			const baseUrl = root.dataset.base ?? '/';
			const parts = await Promise.all(
				manifest.parts.map(async (name) => {
					const basePath = `${folder}${name}/`;
					const module = (await import(
						/* @vite-ignore */ `${basePath}pagefind.js`
					)) as PagefindModule;
					return module.createInstance({ basePath, baseUrl, noWorker: true });
				}),
			);
			return { parts, reporters: manifest.reporters };
		})();
		return pagefind;
	};

	let run = 0;
	const search = async (params: URLSearchParams) => {
		const current = (run += 1);
		const query = params.get('q')?.trim() ?? '';
		for (const box of document.querySelectorAll<HTMLInputElement>('input[name="q"]')) {
			box.value = query;
		}
		const request: SearchRequest = {
			terms: queryTerms(query),
			filters: {},
			sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
		};
		for (const [name, param] of Object.entries(FILTER_PARAMS) as [FilterName, string][]) {
			const value = params.get(param);
			if (value) request.filters[name] = value;
		}

		list.dataset.searchState = 'loading';
		delete list.dataset.count;
		list.replaceChildren();
		more.hidden = true;
		const settle = (message: string, count?: number) => {
			if (current !== run) return;
			status.textContent = message;
			// How many articles were found, for tools that read the page.
			if (count !== undefined) list.dataset.count = String(count);
			list.dataset.searchState = 'done';
		};

		if (request.terms.length === 0) {
			settle(texts.empty, 0);
			return;
		}

		status.textContent = texts.loading;
		try {
			const { parts, reporters } = await loadPagefind();
			const [newest] = parts;
			if (parts.length > 1 && newest) {
				// The newest part answers first: its results show while the older parts are searched.
				const recent = await findArticles(newest, request, reporters);
				if (current !== run) return;
				if (recent.results.length > 0) {
					const data = await Promise.all(
						recent.results.slice(0, RESULTS_PER_PAGE).map((hit) => hit.data()),
					);
					if (current !== run) return;
					list.replaceChildren(...data.map((item) => resultItem(item, request.terms, query)));
					status.textContent = texts.older;
				}
			}

			const outcome = await findArticles(partsAsOne(parts), request, reporters);
			if (current !== run) return;
			showFilters(outcome.counts, request, params.get('sort') ?? 'relevance');

			let shown = 0;
			let showing = false;
			// Each result shows as soon as it and those before it have loaded, in place of what
			// the list showed before (the newest part's results) when `replace` is set.
			const showMore = async (replace: boolean) => {
				// A second click while a batch loads would count that batch twice.
				if (showing) return;
				showing = true;
				try {
					const batch = outcome.results.slice(shown, shown + RESULTS_PER_PAGE);
					const loading = batch.map((hit) => hit.data());
					const start = replace ? 0 : list.children.length;
					for (const [index, data] of loading.entries()) {
						const item = resultItem(await data, request.terms, query);
						if (current !== run) return;
						const previous = list.children[start + index];
						if (previous) previous.replaceWith(item);
						else list.append(item);
					}
					while (list.children.length > start + batch.length) list.lastElementChild?.remove();
					shown += batch.length;
					more.hidden = shown >= outcome.results.length;
				} finally {
					showing = false;
				}
			};
			more.onclick = () => void showMore(false);
			await showMore(true);

			// Every article found has one year: their sum is what was found before the filters.
			const found = Object.values(outcome.counts.year).reduce((sum, count) => sum + count, 0);
			const message =
				outcome.results.length > 0
					? texts.count
					: found > 0
						? texts.noResultsFiltered
						: texts.noResults;
			const count = String(outcome.results.length);
			settle(
				message.replaceAll('{count}', count).replaceAll('{query}', () => query),
				outcome.results.length,
			);
		} catch {
			settle(texts.unavailable);
		}
	};

	const showFilters = (
		counts: Record<string, Record<string, number>>,
		request: SearchRequest,
		sort: string,
	) => {
		for (const [name, param] of Object.entries(FILTER_PARAMS) as [FilterName, string][]) {
			const select = form.querySelector<HTMLSelectElement>(`select[name="${param}"]`);
			if (!select) continue;
			const valueCounts = counts[name] ?? {};
			const chosen = request.filters[name] ?? '';
			const options = [new Option(texts.all, '')];
			for (const value of sortedValues(name, valueCounts)) {
				const label = `${valueLabel(name, value, texts)}（${valueCounts[value] ?? 0}）`;
				options.push(new Option(label, value));
			}
			if (chosen && !options.some((option) => option.value === chosen)) {
				options.push(new Option(valueLabel(name, chosen, texts), chosen));
			}
			select.replaceChildren(...options);
			select.value = chosen;
		}
		const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]');
		if (sortSelect) sortSelect.value = sort;
	};

	const paramsOfForm = () => {
		const params = new URLSearchParams();
		for (const [key, value] of new FormData(form)) {
			if (typeof value === 'string' && value !== '' && !(key === 'sort' && value === 'relevance')) {
				params.set(key, value);
			}
		}
		return params;
	};

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const params = paramsOfForm();
		history.pushState(null, '', `?${params.toString()}`);
		void search(params);
	});
	form.addEventListener('change', (event) => {
		if (event.target instanceof HTMLSelectElement) form.requestSubmit();
	});
	window.addEventListener('popstate', () => {
		void search(new URLSearchParams(window.location.search));
	});

	await search(new URLSearchParams(window.location.search));
}
