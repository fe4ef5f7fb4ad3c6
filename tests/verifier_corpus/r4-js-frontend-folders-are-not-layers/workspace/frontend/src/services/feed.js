import { fetchArticles } from '../repositories/articles';
export const feed = () => fetchArticles();
