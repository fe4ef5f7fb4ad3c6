export async function fetchArticles() {
  return (await fetch('/api/articles')).json();
}
