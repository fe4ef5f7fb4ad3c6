// excerpt of SimFantasy/koa-realworld-mongoose@08154f9cec87:src/utils/handleValidator.js
const Joi = require('joi')
