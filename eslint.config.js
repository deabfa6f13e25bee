// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{ ignores: ['dist/', '**/.astro/', 'node_modules/', 'tests/.output/', '.bench/'] },
	js.configs.recommended,
	...tseslint.configs.strictTypeChecked,
	...astro.configs.recommended,
	{
		languageOptions: {
			globals: { ...globals.node },
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
		rules: {
			'@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
			// Chinese text is split into code points on purpose: search and bylines work per character.
			'@typescript-eslint/no-misused-spread': 'off',
		},
	},
	{
		files: ['**/*.astro', '**/*.js', '**/*.mjs'],
		...tseslint.configs.disableTypeChecked,
	},
);
