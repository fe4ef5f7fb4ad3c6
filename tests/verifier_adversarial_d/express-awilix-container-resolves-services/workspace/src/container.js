const { createContainer, asClass, InjectionMode } = require('awilix');
const TagRepository = require('./repositories/TagRepository');
const TagService = require('./services/TagService');

const container = createContainer({ injectionMode: InjectionMode.CLASSIC });
container.register({
  tagRepository: asClass(TagRepository).singleton(),
  tagService: asClass(TagService).singleton(),
});
module.exports = container;
