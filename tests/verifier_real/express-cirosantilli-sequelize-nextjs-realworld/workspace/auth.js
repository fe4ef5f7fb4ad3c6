// excerpt of https://github.com/cirosantilli/node-express-sequelize-nextjs-realworld-example-app@b7f8b80dec84:auth.js
const jwt = require('express-jwt')

const secret = require('./front/config').secret
