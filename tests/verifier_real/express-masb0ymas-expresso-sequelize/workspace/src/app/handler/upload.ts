// excerpt of https://github.com/masb0ymas/expresso-sequelize@bf08321bb562:src/app/handler/upload.ts
import express, { NextFunction, Request, Response } from 'express'

import _ from 'lodash'

import { asyncHandler } from '~/lib/async-handler'

import { deleteFile } from '~/lib/fs/delete-file'

import HttpResponse from '~/lib/http/response'

import { FileParams } from '~/lib/storage/types'

import { useMulter } from '~/lib/upload/multer'

import authorization from '../middleware/authorization'

import UploadService from '../service/upload'

const route = express.Router()

const service = new UploadService()
