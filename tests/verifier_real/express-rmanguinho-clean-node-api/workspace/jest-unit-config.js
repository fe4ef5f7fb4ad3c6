// excerpt of https://github.com/rmanguinho/clean-node-api@9e52c6c368ef:jest-unit-config.js
const config = require('./jest.config')
