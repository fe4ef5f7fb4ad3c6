// excerpt of https://github.com/masb0ymas/expresso-sequelize@bf08321bb562:src/lib/number.ts
import _ from 'lodash'
