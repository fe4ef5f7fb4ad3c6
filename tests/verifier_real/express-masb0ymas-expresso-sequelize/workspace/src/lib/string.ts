// excerpt of https://github.com/masb0ymas/expresso-sequelize@bf08321bb562:src/lib/string.ts
import { cwd } from 'node:process'
