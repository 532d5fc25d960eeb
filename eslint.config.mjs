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
  globalIgnores(['.next/**', 'out/**', 'build/**', 'next-env.d.ts', 'generated/**', 'test-results/**', 'playwright-report/**', 'bench-data/**', 'scratch/**']),
]);
