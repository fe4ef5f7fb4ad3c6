/** @typedef {{ slug: string, title: string, body: string, tagList: string[] }} Article */
export const emptyArticle = { slug: '', title: '', description: '', body: '', tagList: [] };
