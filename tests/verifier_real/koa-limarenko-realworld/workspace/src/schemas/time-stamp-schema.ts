// excerpt of LimarenkoDenis/typescript-node-koa-realworld-example-app@8517ce9c4b34:src/schemas/time-stamp-schema.ts
const yup = require('yup')

const isISO8601 = require('validator/lib/isISO8601').default
