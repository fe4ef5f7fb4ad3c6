// excerpt of https://github.com/bugoverfl0w/fastify-sequelize-basic@f6fe5f75f3dd:src/services/AwsS3.js
import { uploader } from 'configs/Env'

import AWS from 'aws-sdk'
