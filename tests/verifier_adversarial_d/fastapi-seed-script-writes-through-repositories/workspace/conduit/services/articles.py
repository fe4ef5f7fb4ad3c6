class ArticleService:
    def __init__(self, repo):
        self.repo = repo

    def count(self):
        return self.repo.count()
