from sqlalchemy import Column, ForeignKey, Integer, String, select

from models.user import Base


class Article(Base):
    __tablename__ = "articles"
    id = Column(Integer, primary_key=True)
    slug = Column(String(200), unique=True)
    author_id = Column(Integer, ForeignKey("users.id"))


class ArticleRepository:
    def __init__(self, session_factory):
        self._session_factory = session_factory

    def by_slug(self, slug):
        with self._session_factory() as session:
            return session.scalars(select(Article).where(Article.slug == slug)).first()
