from conduit.repositories import favorites


def favorite(user_id, article_id):
    favorites.add(user_id, article_id)
    return favorites.count(article_id)
