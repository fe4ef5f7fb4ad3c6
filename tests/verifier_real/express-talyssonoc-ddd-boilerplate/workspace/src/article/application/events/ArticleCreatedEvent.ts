// excerpt of talyssonoc/node-api-boilerplate@7e6ae0e968e0:src/article/application/events/ArticleCreatedEvent.ts
import { Article } from '@/article/domain/Article';

import { Event } from '@/_lib/events/Event';

import { v4 } from 'uuid-mongodb';
