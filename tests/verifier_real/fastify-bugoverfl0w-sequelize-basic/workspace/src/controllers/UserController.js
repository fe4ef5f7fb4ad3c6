// excerpt of https://github.com/bugoverfl0w/fastify-sequelize-basic@f6fe5f75f3dd:src/controllers/UserController.js
import { getUsers, getUser, createUser } from 'repos/UserRepo'

import ElasticSearch from 'services/externals/ElasticSearch'
