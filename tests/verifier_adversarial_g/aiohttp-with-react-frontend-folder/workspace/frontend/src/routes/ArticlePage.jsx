import { useEffect, useState } from "react";
import { useParams } from "react-router-dom";
import { clearDraft, loadDraft, loadToken, saveDraft } from "../repositories/draftStore.js";

const API = import.meta.env.VITE_API_URL || "/api";

export default function ArticlePage() {
  const { slug } = useParams();
  const [article, setArticle] = useState(null);
  const [draft, setDraft] = useState(() => loadDraft(slug) || { body: "" });

  useEffect(() => {
    fetch(`${API}/articles/${slug}`)
      .then((res) => res.json())
      .then((data) => setArticle(data.article));
  }, [slug]);

  async function submitComment(event) {
    event.preventDefault();
    const res = await fetch(`${API}/articles/${slug}/comments`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Token ${loadToken()}` },
      body: JSON.stringify({ comment: { body: draft.body } }),
    });
    if (res.ok) {
      clearDraft(slug);
      setDraft({ body: "" });
    }
  }

  if (!article) return <p>Loading…</p>;
  return (
    <article>
      <h1>{article.title}</h1>
      <p className="author">{article.author.username}</p>
      <div className="body">{article.body}</div>
      <form onSubmit={submitComment}>
        <textarea
          value={draft.body}
          onChange={(e) => {
            const next = { body: e.target.value };
            setDraft(next);
            saveDraft(slug, next);
          }}
        />
        <button type="submit">Post comment</button>
      </form>
    </article>
  );
}
