// excerpt of https://github.com/masb0ymas/hono-api-typeorm@ee3f7d481c2d:eslint.config.mjs
import eslint from '@eslint/js'

import simpleImportSort from 'eslint-plugin-simple-import-sort'

import { defineConfig } from 'eslint/config'

import * as tseslint from 'typescript-eslint'

export default defineConfig(
  {
    // config with just ignores is the replacement for `.eslintignore`
    ignores: ['build/**', 'dist/**', 'node_modules/**/*'],
  },
  {
    files: ['src/**/*.ts'],
    plugins: {
      '@typescript-eslint': tseslint.plugin,
      'simple-import-sort': simpleImportSort,
    },
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: {
        projectService: true,
        allowDefaultProject: ['*.mjs', '*.js'],
      },
    },
    extends: [eslint.configs.recommended, tseslint.configs.recommended],
    rules: {
      // eslint
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
      // TypeScript
      '@typescript-eslint/prefer-for-of': 'off',
      '@typescript-eslint/ban-ts-comment': 'off',
      '@typescript-eslint/no-explicit-any': 'warn',
      '@typescript-eslint/no-unused-vars': 'off',
      '@typescript-eslint/no-var-requires': 'off',
      '@typescript-eslint/consistent-type-definitions': 'off',
    },
  },
  {
    // disable type-aware linting on JS files
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  }
)
