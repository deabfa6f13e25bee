// @ts-check
// The bare site the archive benchmark compares against: every article rendered with markdown-it
// into one page, nothing else. FLOOR_CONTENT names the folder holding articles/.
import { defineConfig } from 'astro/config';

export default defineConfig({ output: 'static', build: { format: 'directory' } });
