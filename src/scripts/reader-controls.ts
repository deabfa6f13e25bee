import { TEXT_SIZE_KEY, THEME_KEY } from './reader-preferences';

/** Saves a choice; a browser that refuses storage keeps it for this page only. */
function remember(key: string, value: string): void {
	try {
		localStorage.setItem(key, value);
	} catch {
		// Nothing to do: the choice still applies to the page being read.
	}
}

/** Whether the page is dark now, by the reader's choice or else the system's. */
function isDark(root: HTMLElement): boolean {
	if (root.dataset.theme) return root.dataset.theme === 'dark';
	return window.matchMedia('(prefers-color-scheme: dark)').matches;
}

/** Shows the theme and text size controls and keeps them, <html> and storage in step. */
export function startReaderControls(controls: HTMLElement): void {
	const root = document.documentElement;
	const toggle = controls.querySelector<HTMLButtonElement>('[data-theme-toggle]');
	const sizes = [...controls.querySelectorAll<HTMLButtonElement>('button[data-text-size]')];

	const show = () => {
		toggle?.setAttribute('aria-pressed', String(isDark(root)));
		const current = root.dataset.textSize ?? 'medium';
		for (const button of sizes) {
			button.setAttribute('aria-pressed', String(button.dataset.textSize === current));
		}
	};

	toggle?.addEventListener('click', () => {
		const theme = isDark(root) ? 'light' : 'dark';
		root.dataset.theme = theme;
		remember(THEME_KEY, theme);
		show();
	});
	for (const button of sizes) {
		button.addEventListener('click', () => {
			const size = button.dataset.textSize ?? 'medium';
			if (size === 'medium') delete root.dataset.textSize;
			else root.dataset.textSize = size;
			remember(TEXT_SIZE_KEY, size);
			show();
		});
	}

	show();
	controls.hidden = false;
}
