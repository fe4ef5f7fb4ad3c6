// excerpt of https://github.com/masb0ymas/expresso-sequelize@bf08321bb562:src/config/storage.ts
import Storage from '~/lib/storage'

import { S3StorageParams, StorageType } from '~/lib/storage/types'

import { env } from './env'
