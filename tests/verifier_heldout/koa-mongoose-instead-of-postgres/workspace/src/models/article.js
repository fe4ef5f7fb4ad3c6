const mongoose = require('mongoose');

const articleSchema = new mongoose.Schema(
  {
    slug: { type: String, unique: true, index: true },
    title: String,
    description: { type: String, default: '' },
    body: String,
    tagList: [String],
    author: { type: mongoose.Schema.Types.ObjectId, ref: 'User' },
    favoritedBy: [{ type: mongoose.Schema.Types.ObjectId, ref: 'User' }],
  },
  { timestamps: true },
);

module.exports = mongoose.model('Article', articleSchema);
