// excerpt of LimarenkoDenis/typescript-node-koa-realworld-example-app@8517ce9c4b34:src/schemas/article-schema.ts
const yup = require('yup')

const isUUID = require('validator/lib/isUUID')

import { timeStampSchema } from './time-stamp-schema';
