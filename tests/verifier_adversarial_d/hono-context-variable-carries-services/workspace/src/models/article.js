export const toArticle = (row) => ({ ...row, tagList: row.tagList ?? [], favorited: false, favoritesCount: 0 });
