// excerpt of SimFantasy/koa-realworld-mongoose@08154f9cec87:src/model/Article.js
const mongoose = require('@app/db')

const slugify = require('slugify')

const { User } = require('@model')

const { Schema, model } = mongoose
