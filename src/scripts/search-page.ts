import { queryTerms } from '../lib/search-text';
import { SHARD_MANIFEST, type ShardManifest } from '../lib/search-shards';
import {
	findArticles,
	partsAsOne,
	type FilterName,
	type PagefindIndex,
	type PagefindModule,
	type SearchRequest,
} from './search-engine';
import { resultItem, sortedValues, valueLabel, type SearchTexts } from './search-results';

/** URL parameter of each filter: 版 is `ban`, the others use their own names. */
const FILTER_PARAMS: Record<FilterName, string> = {
	page: 'ban',
	reporter: 'reporter',
	year: 'year',
	month: 'month',
};

/** How many results are shown at a time. */
const RESULTS_PER_PAGE = 20;

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
