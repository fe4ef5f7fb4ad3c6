// excerpt of SimFantasy/koa-realworld-mongoose@08154f9cec87:src/model/Comment.js
const mongoose = require('@app/db')

const { User } = require('@model')

const { Schema, model } = mongoose
