// excerpt of SimFantasy/koa-realworld-mongoose@08154f9cec87:src/model/User.js
const mongoose = require('@app/db')

const handleMd5 = require('@utils/handleMd5')

const { jwtSign } = require('@utils/handleJwt')

const { Schema, model } = mongoose
