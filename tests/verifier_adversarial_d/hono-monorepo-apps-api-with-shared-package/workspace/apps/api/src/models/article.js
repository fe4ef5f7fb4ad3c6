export const articleOf = (fields, authorId) => ({ ...fields, authorId, tagList: fields.tagList ?? [], createdAt: new Date() });
