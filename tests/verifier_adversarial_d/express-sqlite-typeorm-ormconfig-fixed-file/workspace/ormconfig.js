const { DataSource, EntitySchema } = require('typeorm');

const Tag = new EntitySchema({
  name: 'Tag',
  tableName: 'tags',
  columns: { id: { type: Number, primary: true, generated: true }, name: { type: String, unique: true } },
});

module.exports = {
  Tag,
  AppDataSource: new DataSource({ type: 'sqlite', database: 'data/conduit.sqlite', synchronize: true, entities: [Tag] }),
};
