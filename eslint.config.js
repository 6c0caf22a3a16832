import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import tseslint from 'typescript-eslint'
import { defineConfig, globalIgnores } from 'eslint/config'

// Import boundaries from STYLE.md, enforced with core `no-restricted-imports` patterns
// (eslint-plugin-import does not support ESLint 10 yet).
// Classic zod's method API does not tree-shake (~+9 KB gzip on every page, README "Bundle size").
const noClassicZod = [{ name: 'zod', message: "Use `import * as z from 'zod/mini'` (functional API; classic zod does not tree-shake)." }]
const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { paths: noClassicZod, patterns: forbidden.map((group) => ({ group: [group], message })) }],
  },
})
const features = ['experiments', 'runs', 'compare', 'registry']

export default defineConfig([
  globalIgnores(['dist', 'test-results', 'playwright-report', 'reports', 'node_modules', '.data', 'bench/results']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommended, reactHooks.configs.flat.recommended, reactRefresh.configs.vite],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/api/**', 'server/**'], rules: { '@typescript-eslint/no-explicit-any': 'error', '@typescript-eslint/ban-ts-comment': 'error' } },
  layer(['src/lib/**'], ['**/api/**', '**/url/**', '**/features/**', '**/components/**', '**/app/**', 'react', 'react-dom'], 'lib/ is pure: no React, no app imports.'),
  layer(['src/api/**'], ['**/url/**', '**/features/**', '**/components/**', '**/app/**'], 'api/ imports only lib/ and config/.'),
  layer(['src/url/**'], ['**/api/**', '**/features/**', '**/components/**', '**/app/**'], 'url/ imports only lib/.'),
  layer(['src/components/**'], ['**/features/**', '**/app/**'], 'components/ are domain-free: no features/ or app/.'),
  ...features.map((f) =>
    layer([`src/features/${f}/**`], [...features.filter((o) => o !== f).map((o) => `**/features/${o}/**`), '**/app/**'], 'Features never import each other; compose them in app/.'),
  ),
  { files: ['src/app/**', 'src/config/**', 'src/main.tsx'], rules: { 'no-restricted-imports': ['error', { paths: noClassicZod }] } },
  { files: ['src/**'], ignores: ['src/api/**'], rules: { 'no-restricted-globals': ['error', { name: 'fetch', message: 'Only src/api/client.ts calls fetch.' }] } },
  { files: ['**/*.test.{ts,tsx}', 'e2e/**', 'src/testing/**'], rules: { 'react-refresh/only-export-components': 'off' } },
])
