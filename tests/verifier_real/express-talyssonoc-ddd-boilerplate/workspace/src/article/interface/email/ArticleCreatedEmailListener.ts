// excerpt of talyssonoc/node-api-boilerplate@7e6ae0e968e0:src/article/interface/email/ArticleCreatedEmailListener.ts
import { ArticleCreatedEvent } from '@/article/application/events/ArticleCreatedEvent';

import { ArticleCollection } from '@/article/infrastructure/ArticleCollection';

import { from } from 'uuid-mongodb';

import { eventConsumer } from '@/_lib/pubSub/EventEmitterConsumer';

const makeArticleCreatedEmailListener = eventConsumer<ArticleCreatedEvent.Type, Dependencies>(
  ArticleCreatedEvent,
  ({ articleCollection }) =>
    async (event) => {
      const article = await articleCollection.findOne({ _id: from(event.payload.id.value) });

      console.log(article);
    }
);
