// excerpt of https://github.com/masb0ymas/expresso-sequelize@bf08321bb562:src/lib/module/with-multer.ts
import { type Request } from 'express'

import _ from 'lodash'
