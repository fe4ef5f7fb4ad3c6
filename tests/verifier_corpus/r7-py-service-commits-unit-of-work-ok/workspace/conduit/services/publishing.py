from conduit.repositories.articles import ArticleRepository


class PublishingService:
    def __init__(self, session, repository: ArticleRepository):
        self.session = session
        self.repository = repository

    def publish(self, slug):
        article = self.repository.by_slug(slug)
        self.session.commit()
        return article
