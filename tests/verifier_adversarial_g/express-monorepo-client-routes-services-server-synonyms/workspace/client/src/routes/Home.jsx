import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ArticlesService } from '../services/conduit-api.js';

export default function Home() {
  const [params] = useSearchParams();
  const [state, setState] = useState({ articles: [], articlesCount: 0 });

  useEffect(() => {
    ArticlesService.list({ tag: params.get('tag') ?? undefined, limit: 10 }).then(setState);
  }, [params]);

  return (
    <div className="home-page">
      {state.articles.map((article) => (
        <article key={article.slug} className="article-preview">
          <Link to={`/article/${article.slug}`}>
            <h1>{article.title}</h1>
            <p>{article.description}</p>
          </Link>
          <span>{article.favoritesCount} ♥</span>
        </article>
      ))}
    </div>
  );
}
