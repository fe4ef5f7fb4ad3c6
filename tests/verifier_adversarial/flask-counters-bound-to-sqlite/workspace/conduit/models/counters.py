from sqlalchemy import Integer, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class CounterBase(DeclarativeBase):
    pass


class ArticleViews(CounterBase):
    __tablename__ = "article_views"
    slug: Mapped[str] = mapped_column(String(160), primary_key=True)
    views: Mapped[int] = mapped_column(Integer, default=0)


class LoginAttempt(CounterBase):
    __tablename__ = "login_attempts"
    id: Mapped[int] = mapped_column(primary_key=True)
    ip: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[float]
