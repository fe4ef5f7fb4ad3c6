// excerpt of https://github.com/bugoverfl0w/fastify-sequelize-basic@f6fe5f75f3dd:src/controllers/UploadController.js
import { localUpload } from 'uploaders/Local'

import { awsS3Upload } from 'uploaders/S3'

import Vnexpress from 'services/externals/Vnexpress'
