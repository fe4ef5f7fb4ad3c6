from sqlalchemy import select
from conduit.models.comment import Comment


class CommentRepository:
    def __init__(self, session):
        self.session = session

    def for_article(self, slug):
        return list(self.session.scalars(select(Comment).where(Comment.article_slug == slug)))
