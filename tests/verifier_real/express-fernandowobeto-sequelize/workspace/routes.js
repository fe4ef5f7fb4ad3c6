// excerpt of fernandowobeto/nodejs-express-api-boilerplate@5ba4728e3c58:routes.js
const express = require('express');

const CityController = require('./controllers/CityController');

const routes = express.Router();
