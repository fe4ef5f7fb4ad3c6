// excerpt of SimFantasy/koa-realworld-mongoose@08154f9cec87:src/validator/user.js
const Joi = require('joi')

const handleValidator = require('@utils/handleValidator')
