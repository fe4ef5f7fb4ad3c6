// excerpt of https://github.com/bugoverfl0w/fastify-sequelize-basic@f6fe5f75f3dd:src/services/externals/ElasticSearch.js
import { CACHE } from 'configs/Constant'

import { get, putJson } from 'helpers/Request'

import { es_host as ES_HOST } from 'configs/Env'

import { removeSpecialChars } from 'helpers/String'
