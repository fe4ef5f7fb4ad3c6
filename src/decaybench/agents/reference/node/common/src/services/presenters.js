'use strict';
// JSON shapes of the API objects: users, profiles, articles and what hangs off them.

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

function profileJson(
  user,
  following, // feature: following
) {
  return {
    username: user.username,
    bio: user.bio ?? null,
    image: user.image ?? null,
    following: Boolean(following), // feature: following
  };
}

function articleJson(article, {
  author,
  tagList, // feature: tags
  favorited, // feature: favorites
  favoritesCount, // feature: favorites
  following, // feature: following
}) {
  return {
    slug: article.slug,
    title: article.title,
    description: article.description,
    body: article.body,
    tagList, // feature: tags
    createdAt: iso(article.createdAt),
    updatedAt: iso(article.updatedAt),
    favorited: Boolean(favorited), // feature: favorites
    favoritesCount: Number(favoritesCount) || 0, // feature: favorites
    author: profileJson(
      author,
      following, // feature: following
    ),
  };
}

// feature: comments
function commentJson(comment, {
  author,
  following, // feature: following
}) {
  return {
    id: comment.id,
    createdAt: iso(comment.createdAt),
    updatedAt: iso(comment.updatedAt),
    body: comment.body,
    author: profileJson(
      author,
      following, // feature: following
    ),
  };
}
// end feature: comments

module.exports = {
  userJson,
  profileJson,
  articleJson,
  commentJson, // feature: comments
};
