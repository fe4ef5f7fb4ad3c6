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

// PGHOST is the unix-socket directory; node-postgres takes it as the host.
const AppDataSource = new DataSource({
  type: 'postgres',
  host: process.env.PGHOST,
  port: Number(process.env.PGPORT || 5432),
  username: process.env.PGUSER,
  password: process.env.PGPASSWORD,
  database: process.env.PGDATABASE,
  entities: [Article],
  synchronize: true,
});

module.exports = { AppDataSource, Article };
