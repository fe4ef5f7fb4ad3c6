'use strict';

const { articleRepository } = require('../repositories/articleRepository');

let cached = null;

const tagService = {
  async list() {
    if (!cached) cached = await articleRepository.tagNames();
    return cached;
  },
  invalidate() {
    cached = null;
  },
};

module.exports = { tagService };
