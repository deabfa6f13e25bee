/** What Pagefind's browser module gives for one result. */
interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
}

interface PagefindModule {
	options(options: Record<string, unknown>): Promise<void>;
	search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

/** Texts the page hands to the script, so that every word stays in the strings module. */
interface SearchTexts {
	loading: string;
	empty: string;
	unavailable: string;
	noResults: string;
	count: string;
}

/** Copies Pagefind's excerpt keeping only its text and <mark> elements, never other markup. */
function excerptFragment(excerpt: string): DocumentFragment {
	const template = document.createElement('template');
	template.innerHTML = excerpt;
	const fragment = document.createDocumentFragment();
	for (const node of template.content.childNodes) {
		if (node.nodeName === 'MARK') {
			const mark = document.createElement('mark');
			mark.textContent = node.textContent;
			fragment.append(mark);
		} else {
			fragment.append(node.textContent ?? '');
		}
	}
	return fragment;
}

/** One result as a list item: headline link, date and 版, excerpt. */
function resultItem(data: PagefindResultData): HTMLLIElement {
	const item = document.createElement('li');
	item.className = 'search-result';

	const heading = document.createElement('h2');
	const link = document.createElement('a');
	link.href = data.url;
	link.textContent = data.meta.title ?? data.url;
	heading.append(link);

	const where = document.createElement('p');
	where.className = 'search-result-where';
	where.textContent = [data.meta.date, data.meta.page].filter(Boolean).join(' ');

	const excerpt = document.createElement('p');
	excerpt.className = 'search-result-excerpt';
	excerpt.append(excerptFragment(data.excerpt));

	item.append(heading, where, excerpt);
	return item;
}

/** Runs the query in the page's URL against the Pagefind index and lists the results. */
export async function startSearchPage(root: HTMLElement): Promise<void> {
	const list = root.querySelector<HTMLOListElement>('#search-results');
	const status = root.querySelector<HTMLElement>('#search-status');
	if (!list || !status) return;

	const texts = JSON.parse(root.dataset.texts ?? '{}') as SearchTexts;
	const query = new URLSearchParams(window.location.search).get('q')?.trim() ?? '';
	const settle = (message: string) => {
		status.textContent = message;
		list.dataset.searchState = 'done';
	};

	for (const box of document.querySelectorAll<HTMLInputElement>('input[name="q"]')) {
		box.value = query;
	}

	if (!query) {
		settle(texts.empty);
		return;
	}

	status.textContent = texts.loading;
	try {
		const indexUrl = `${root.dataset.index ?? '/pagefind/'}pagefind.js`;
		const pagefind = (await import(/* @vite-ignore */ indexUrl)) as PagefindModule;
		await pagefind.options({ baseUrl: root.dataset.base ?? '/' });
		const search = await pagefind.search(query);
		const results = await Promise.all(search.results.map((result) => result.data()));

		list.replaceChildren(...results.map(resultItem));
		const message = results.length === 0 ? texts.noResults : texts.count;
		settle(message.replace('{query}', query).replace('{count}', String(results.length)));
	} catch {
		settle(texts.unavailable);
	}
}
