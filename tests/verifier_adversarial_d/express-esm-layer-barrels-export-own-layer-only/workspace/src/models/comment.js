export class Comment {
  constructor({ id, body, authorId, slug }) { Object.assign(this, { id, body, authorId, slug, createdAt: new Date() }); }
}
