// excerpt of talyssonoc/node-api-boilerplate@7e6ae0e968e0:src/comment/infrastructure/CommentCollection.ts
import { Collection, Db } from 'mongodb';

import { MUUID } from 'uuid-mongodb';

const initCommentCollection = async (db: Db): Promise<CommentCollection> => {
  const collection: CommentCollection = db.collection('comment');

  await collection.createIndex({ _id: 1, version: 1 });
  await collection.createIndex({ _id: 1, deleted: 1 });

  return collection;
};
