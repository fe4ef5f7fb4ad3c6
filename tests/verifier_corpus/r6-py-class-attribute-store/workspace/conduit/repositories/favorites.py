class FavoriteRepository:
    _favorites: dict[tuple[int, int], bool] = {}

    def add(self, user_id, article_id):
        self._favorites[(user_id, article_id)] = True
