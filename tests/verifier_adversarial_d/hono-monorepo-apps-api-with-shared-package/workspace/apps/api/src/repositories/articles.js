const rows = new Map();
export const saveArticle = async (a) => (rows.set(a.slug, a), a);
