// excerpt of SimFantasy/koa-realworld-mongoose@08154f9cec87:src/model/index.js
exports.User = require('./User')

exports.Article = require('./Article')

exports.Comment = require('./Comment')

exports.Tag = require('./Tag')
