'use strict';
// JSON shapes of the API: user, profile, article and comment objects.

const iso = (moment) => new Date(moment).toISOString();

function userJson(user, token) {
  return {
    email: user.email,
    username: user.username,
    bio: user.bio ?? null,
    image: user.image ?? null,
    token,
  };
}

function profileJson(user, following) {
  return {
    username: user.username,
    bio: user.bio ?? null,
    image: user.image ?? null,
    following: Boolean(following),
  };
}

function articleJson(article, { author, tagList, favorited, favoritesCount, following }) {
  return {
    slug: article.slug,
    title: article.title,
    description: article.description,
    body: article.body,
    tagList,
    createdAt: iso(article.createdAt),
    updatedAt: iso(article.updatedAt),
    favorited: Boolean(favorited),
    favoritesCount: Number(favoritesCount) || 0,
    author: profileJson(author, following),
  };
}

function commentJson(comment, { author, following }) {
  return {
    id: comment.id,
    createdAt: iso(comment.createdAt),
    updatedAt: iso(comment.updatedAt),
    body: comment.body,
    author: profileJson(author, following),
  };
}

module.exports = { userJson, profileJson, articleJson, commentJson };
