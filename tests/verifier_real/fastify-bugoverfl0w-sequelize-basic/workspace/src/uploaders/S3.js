// excerpt of https://github.com/bugoverfl0w/fastify-sequelize-basic@f6fe5f75f3dd:src/uploaders/S3.js
import { uploader } from 'configs/Env'

import { upload } from 'services/AwsS3'
