'use strict';
const mongoose = require('mongoose');

mongoose.connect(process.env.MONGO_URL || 'mongodb://127.0.0.1:27017/conduit');

const CommentDoc = mongoose.model('Comment', new mongoose.Schema({
  articleId: { type: Number, index: true },
  authorId: Number,
  seq: { type: Number, unique: true },
  body: String,
}, { timestamps: true }));

async function list(articleId) {
  return CommentDoc.find({ articleId }).sort({ createdAt: -1 }).lean();
}

async function add(articleId, authorId, body) {
  const seq = (await CommentDoc.countDocuments()) + 1;
  return (await CommentDoc.create({ articleId, authorId, body, seq })).toObject();
}

async function find(seq) {
  return CommentDoc.findOne({ seq }).lean();
}

async function remove(seq) {
  await CommentDoc.deleteOne({ seq });
}

module.exports = { list, add, find, remove };
