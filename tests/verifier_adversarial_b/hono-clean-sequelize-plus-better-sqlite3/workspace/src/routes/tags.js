import { Hono } from 'hono';
import { listTags } from '../services/tagService.js';

export const tags = new Hono();
tags.get('/', (c) => c.json({ tags: listTags() }));
