import { useEffect, useState } from 'react';
import { articles, tags } from '../services/api.js';

export default function Home() {
  const [feed, setFeed] = useState([]);
  const [tagList, setTagList] = useState([]);
  useEffect(() => {
    articles().then((data) => setFeed(data.articles));
    tags().then((data) => setTagList(data.tags));
  }, []);
  return (
    <main>
      <aside>{tagList.map((t) => <span key={t} className="tag">{t}</span>)}</aside>
      {feed.map((a) => <article key={a.slug}><h2>{a.title}</h2><p>{a.description}</p></article>)}
    </main>
  );
}
