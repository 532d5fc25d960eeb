import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': 'error',
      // zod must come configured for the Content-Security-Policy (lib/validation/zod.ts explains why).
      'no-restricted-imports': ['error', { paths: [{ name: 'zod', message: "Import z from '@/lib/validation/zod' (jitless, so the CSP allows it)." }] }],
    },
  },
  { files: ['lib/validation/zod.ts'], rules: { 'no-restricted-imports': 'off' } },
  {
    // The app chooses between the dialects only through byDialect (lib/db/database-url.ts), which makes
    // each choice name every dialect; a dialect's own folder, tests and scripts may ask which one they are on.
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}', 'server/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', '**/sqlite/**', '**/postgres/**', 'lib/db/database-url.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "BinaryExpression > Literal[value=/^(sqlite|postgresql)$/], SwitchCase > Literal[value=/^(sqlite|postgresql)$/]",
          message: 'Choose between the dialects with byDialect (lib/db/database-url.ts): every dialect named at each choice.',
        },
      ],
    },
  },
  globalIgnores(['.next/**', 'out/**', 'build/**', 'next-env.d.ts', 'generated/**', 'test-results/**', 'playwright-report/**', 'bench-data/**', 'scratch/**']),
]);
