import { slugify } from '../../../../packages/shared/index.js';
import { articleOf } from '../models/article.js';
import { saveArticle } from '../repositories/articles.js';

export const createArticle = (input, authorId) => saveArticle({ ...articleOf(input, authorId), slug: slugify(input.title) });
