// excerpt of https://github.com/rmanguinho/clean-node-api@9e52c6c368ef:src/main/config/app.js
const express = require('express')

const setupApp = require('./setup')

const setupRoutes = require('./routes')
