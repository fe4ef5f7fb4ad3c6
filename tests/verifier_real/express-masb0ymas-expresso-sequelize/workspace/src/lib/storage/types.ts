// excerpt of https://github.com/masb0ymas/expresso-sequelize@bf08321bb562:src/lib/storage/types.ts
import GoogleCloudStorage from './gcs'

import MinIOStorage from './minio'

import S3Storage from './s3'
