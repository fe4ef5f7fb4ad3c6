class ArticleRepository:
    def __init__(self):
        self.rows = {}

    def add(self, slug, data):
        self.rows[slug] = data
        return data
