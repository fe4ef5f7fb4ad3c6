function toJSON(article, viewer) {
  const a = article.get({ plain: true });
  return {
    slug: a.slug,
    title: a.title,
    description: a.description,
    body: a.body,
    tagList: (a.tags || []).map((t) => t.name).sort(),
    createdAt: new Date(a.createdAt).toISOString(),
    updatedAt: new Date(a.updatedAt).toISOString(),
    favorited: Boolean(viewer && (a.favoritedBy || []).some((u) => u.id === viewer.id)),
    favoritesCount: (a.favoritedBy || []).length,
    author: { username: a.author.username, bio: a.author.bio, image: a.author.image, following: true },
  };
}

module.exports = { toJSON };
