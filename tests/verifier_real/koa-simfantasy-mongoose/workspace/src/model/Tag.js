// excerpt of SimFantasy/koa-realworld-mongoose@08154f9cec87:src/model/Tag.js
const mongoose = require('@app/db')

const { Schema, model } = mongoose
