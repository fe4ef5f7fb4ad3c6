const Tag = require('../models/Tag');
module.exports = class TagRepository {
  constructor() { this.tags = new Map(); }
  async all() { return [...this.tags.values()]; }
  async add(name) { if (!this.tags.has(name)) this.tags.set(name, new Tag(name)); }
};
