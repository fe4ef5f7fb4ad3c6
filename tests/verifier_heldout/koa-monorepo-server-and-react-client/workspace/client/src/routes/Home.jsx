import { useEffect, useState } from 'react';
import { api } from '../services/api.js';

export default function Home() {
  const [articles, setArticles] = useState([]);
  useEffect(() => {
    api('/articles?limit=10').then((data) => setArticles(data.articles));
  }, []);
  return (
    <ul>
      {articles.map((a) => (
        <li key={a.slug}>{a.title}</li>
      ))}
    </ul>
  );
}
