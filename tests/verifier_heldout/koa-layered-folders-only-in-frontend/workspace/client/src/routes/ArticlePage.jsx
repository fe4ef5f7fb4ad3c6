import { useParams } from 'react-router-dom';
import { useArticle } from '../services/articles.js';

export default function ArticlePage() {
  const { slug } = useParams();
  const article = useArticle(slug);
  return article ? <h1>{article.title}</h1> : <p>Loading…</p>;
}
