// Browser-side API client used by the SPA.
const BASE = '/api';

export async function listArticles(params = {}) {
  const query = new URLSearchParams(params).toString();
  const response = await fetch(`${BASE}/articles?${query}`);
  return response.json();
}

export async function getArticle(slug) {
  const response = await fetch(`${BASE}/articles/${encodeURIComponent(slug)}`);
  return response.json();
}
