import { useEffect, useState } from 'react';
import { listArticles } from '../services/api';

export default function Home() {
  const [articles, setArticles] = useState([]);
  useEffect(() => { listArticles({ limit: 10 }).then((r) => setArticles(r.articles)); }, []);
  return <ul>{articles.map((a) => <li key={a.slug}>{a.title}</li>)}</ul>;
}
