export const articles = () => fetch('/api/articles').then((r) => r.json());
