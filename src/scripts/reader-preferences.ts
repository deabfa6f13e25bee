/** Where the reader's choices are kept, in this browser only. */
export const THEME_KEY = 'yzb-theme';
export const TEXT_SIZE_KEY = 'yzb-text-size';

/**
 * Applies the saved theme and text size to <html>. It runs inline in <head>, before the first
 * paint, so the page never flashes in the wrong theme or size; it must stay self-contained.
 */
export function applySavedPreferences(): void {
	try {
		const root = document.documentElement;
		const theme = localStorage.getItem('yzb-theme');
		const size = localStorage.getItem('yzb-text-size');
		if (theme === 'dark' || theme === 'light') root.dataset.theme = theme;
		if (size === 'small' || size === 'large') root.dataset.textSize = size;
	} catch {
		// Storage can be blocked (private mode, in-app browsers); the defaults then apply.
	}
}
