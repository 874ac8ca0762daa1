import js from '@eslint/js'
import nextPlugin from '@next/eslint-plugin-next'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/.next/**',
      '**/dist/**',
      '.tools/**',
      '.turbo/**',
      '**/coverage/**',
      'test-results/**',
      'playwright-report/**',
      // Generated: checked for drift instead of linted.
      'packages/cms-types/src/payload-types.ts',
      'cms/src/app/(payload)/admin/importMap.js',
      'cms/src/migrations/**',
      '**/next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    files: ['cms/**/*.{ts,tsx}', 'web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, '@next/next': nextPlugin },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
    },
    settings: { next: { rootDir: ['cms/', 'web/'] } },
  },
  {
    // The site reads the cms over HTTP only (docs/architecture.md).
    files: ['web/**/*.{ts,tsx}', 'packages/cms-client/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(payload(/.*)?|@payloadcms/(?!richtext-lexical/react$|live-preview-react$).*)$',
              message: 'web talks to the cms over HTTP: use @chasqui/cms-client. (Allowed: the Lexical JSX converters and live preview, which import no payload runtime.)',
            },
            { group: ['**/cms/**', '../cms', '../../cms'], message: 'web never imports cms code.' },
          ],
        },
      ],
    },
  },
  {
    // process.env is read in each app's env.ts only (STYLE.md); tests and scripts set it
    // up, and instrumentation.ts checks Next's NEXT_RUNTIME marker, as Next documents.
    files: ['cms/src/**/*.{ts,tsx}', 'web/src/**/*.{ts,tsx}', 'packages/*/src/**/*.ts'],
    ignores: ['**/env.ts', '**/*.test.ts', '**/instrumentation.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through env.ts (getEnv()).' },
      ],
    },
  },
)
