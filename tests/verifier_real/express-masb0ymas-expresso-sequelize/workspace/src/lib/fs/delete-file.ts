// excerpt of https://github.com/masb0ymas/expresso-sequelize@bf08321bb562:src/lib/fs/delete-file.ts
import { green } from 'colorette'

import fs from 'fs'

import path from 'path'

import { logger } from '~/config/logger'
