class CommentService:
    def __init__(self, repo):
        self.repo = repo

    def list(self, slug):
        return [{"id": c.id, "body": c.body} for c in self.repo.for_article(slug)]
