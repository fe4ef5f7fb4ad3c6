import { useEffect, useState } from 'react';
import { fromJSON } from '../models/article.js';
import { request } from '../repositories/http.js';

export function useArticle(slug) {
  const [article, setArticle] = useState(null);
  useEffect(() => {
    request(`/articles/${slug}`).then((data) => setArticle(fromJSON(data.article)));
  }, [slug]);
  return article;
}
