import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					globalSetup: [
						'tests/support/require-build.ts',
						'tests/support/fixture-site.ts',
						'tests/support/yzb-site.ts',
					],
				},
			},
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: [
						'tests/support/require-build.ts',
						'tests/support/fixture-site.ts',
						'tests/support/yzb-site.ts',
					],
					testTimeout: 60_000,
					hookTimeout: 60_000,
					fileParallelism: false,
				},
			},
			{
				test: {
					name: 'bench',
					include: ['tests/bench/**/*.test.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000,
				},
			},
		],
	},
});
