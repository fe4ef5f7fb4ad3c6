// excerpt of talyssonoc/node-api-boilerplate@7e6ae0e968e0:src/article/infrastructure/ArticleCollection.ts
import { Collection, Db } from 'mongodb';

import { MUUID } from 'uuid-mongodb';

const initArticleCollection = async (db: Db): Promise<ArticleCollection> => {
  const collection: ArticleCollection = db.collection('article');

  await collection.createIndex({ title: 1 }, { unique: true });
  await collection.createIndex({ _id: 1, version: 1 });
  await collection.createIndex({ _id: 1, deleted: 1 });

  return collection;
};
