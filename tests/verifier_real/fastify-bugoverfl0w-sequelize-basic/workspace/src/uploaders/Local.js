// excerpt of https://github.com/bugoverfl0w/fastify-sequelize-basic@f6fe5f75f3dd:src/uploaders/Local.js
import fs from 'fs'

import path from 'path'

import util from 'util'

import { pipeline } from 'stream'

import { uploader } from 'configs/Env'
