require('reflect-metadata');
const { DataSource, EntitySchema } = require('typeorm');

const Article = new EntitySchema({
  name: 'Article',
  tableName: 'articles',
  columns: {
    id: { type: Number, primary: true, generated: true },
    slug: { type: String, unique: true },
    title: { type: String },
    description: { type: 'text', default: '' },
    body: { type: 'text' },
    createdAt: { type: 'timestamptz', createDate: true },
    updatedAt: { type: 'timestamptz', updateDate: true },
  },
});

const AppDataSource = new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL,
  entities: [Article],
  synchronize: true,
});

module.exports = { AppDataSource, Article };
