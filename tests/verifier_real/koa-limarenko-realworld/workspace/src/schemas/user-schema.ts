// excerpt of LimarenkoDenis/typescript-node-koa-realworld-example-app@8517ce9c4b34:src/schemas/user-schema.ts
const yup = require('yup')

import { timeStampSchema } from './time-stamp-schema';

const isUUID = require('validator/lib/isUUID')
