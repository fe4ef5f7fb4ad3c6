// excerpt of https://github.com/Pittvandewitt/dinogame-server@bda090cfc853:auth/jwt.js
const jwt = require('jsonwebtoken')

const secret = process.env.JWT_SECRET || 'e9rp^&^*&@9sejg)DSUA)jpfds8394jdsfn,m'
