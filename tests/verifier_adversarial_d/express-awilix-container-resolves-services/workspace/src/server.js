const express = require('express');
const { scopePerRequest, loadControllers } = require('awilix-express');
const container = require('./container');

const app = express();
app.use(express.json());
app.use(scopePerRequest(container));
app.use('/api', loadControllers('routes/*.js', { cwd: __dirname }));
app.listen(process.env.PORT || 8080);
