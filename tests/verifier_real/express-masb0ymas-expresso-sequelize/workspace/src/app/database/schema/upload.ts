// excerpt of https://github.com/masb0ymas/expresso-sequelize@bf08321bb562:src/app/database/schema/upload.ts
import { z } from 'zod'

import BaseSchema from '../entity/base'
