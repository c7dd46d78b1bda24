// ESLint flat config: the recommended JavaScript and typescript-eslint rules (no type-aware rules,
// so `npm run lint` stays quick), with formatting left to Prettier (`npm run format`).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: globals.node },
    rules: {
      // `_`-prefixed parameters document a required position the function does not use.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // `x != null` is the one loose comparison kept: it means null or undefined.
      eqeqeq: ['error', 'smart'],
      '@typescript-eslint/no-unused-expressions': ['error', { allowTernary: true, allowShortCircuit: true }],
      'no-console': 'off',
      // Flags deliberate patterns here (dropping a reference for the GC, a default before try).
      'no-useless-assignment': 'off',
    },
  },
  {
    // Lines (comments included) within Prettier's 110 columns; strings, template literals, regular
    // expressions and URLs may run longer, since they cannot be broken without changing them. Left out
    // for now: files other engineers were changing when the rule came in (wrap their comments, then drop
    // them from this list).
    ignores: [
      'src/engine/**',
      'src/bench/quality/run-reuters-titles.ts',
      'src/bench/quality/run-squad-v2.ts',
      'src/corpus/load-corpus.ts',
      'src/corpus/start-shared-corpus.ts',
      'src/storage/article-store.ts',
      'src/storage/postgres-article-store.ts',
    ],
    rules: {
      'max-len': [
        'error',
        {
          code: 110,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreRegExpLiterals: true,
          ignoreUrls: true,
        },
      ],
    },
  },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
  prettier,
);
