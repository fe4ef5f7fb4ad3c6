// excerpt of https://github.com/masb0ymas/expresso-sequelize@bf08321bb562:src/app/routes/route.ts
import express, { Request, Response } from 'express'

import { asyncHandler } from '~/lib/async-handler'

import HttpResponse from '~/lib/http/response'

import { currentDir } from '~/lib/string'

import { v1Route } from './v1'

const route = express.Router()

function versioning() {
  const node_modules = `${currentDir}/node_modules`
  const express = require(`${node_modules}/express/package.json`).version
  const app = require(`${currentDir}/package.json`).version

  return { express: `v${express}`, app: `v${app}` }
}
