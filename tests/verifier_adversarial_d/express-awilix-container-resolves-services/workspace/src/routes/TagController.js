const { createController } = require('awilix-express');

class TagController {
  constructor(tagService) { this.tagService = tagService; }
  async list(req, res) { res.json({ tags: await this.tagService.names() }); }
}

module.exports = createController(TagController).prefix('/tags').get('', 'list');
