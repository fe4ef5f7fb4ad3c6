import { Article } from '../models/index.js';

export const findBySlug = (slug) => Article.findOne({ where: { slug } });
