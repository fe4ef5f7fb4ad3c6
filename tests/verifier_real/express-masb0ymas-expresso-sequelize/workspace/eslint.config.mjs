// excerpt of https://github.com/masb0ymas/expresso-sequelize@bf08321bb562:eslint.config.mjs
import eslint from '@eslint/js'

import tseslint from 'typescript-eslint'

import eslintConfigPrettier from 'eslint-config-prettier'
