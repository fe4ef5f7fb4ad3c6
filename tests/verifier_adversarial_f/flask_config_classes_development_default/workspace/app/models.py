"""ORM entities."""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import Column, DateTime, ForeignKey, Integer, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, relationship


class Base(DeclarativeBase):
    pass


def _now() -> datetime:
    return datetime.now(timezone.utc)


follows = Table(
    "follows",
    Base.metadata,
    Column("follower_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("followed_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
)
favorites = Table(
    "favorites",
    Base.metadata,
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("article_id", ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
)
article_tags = Table(
    "article_tags",
    Base.metadata,
    Column("article_id", ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
)


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    email = Column(String(254), unique=True, nullable=False)
    username = Column(String(32), unique=True, nullable=False)
    password_hash = Column(String(255), nullable=False)
    bio = Column(Text, nullable=True)
    image = Column(String(2000), nullable=True)
    following = relationship(
        "User", secondary=follows, primaryjoin=id == follows.c.follower_id,
        secondaryjoin=id == follows.c.followed_id, lazy="selectin",
    )


class Tag(Base):
    __tablename__ = "tags"
    id = Column(Integer, primary_key=True)
    name = Column(String(32), unique=True, nullable=False)


class Article(Base):
    __tablename__ = "articles"
    id = Column(Integer, primary_key=True)
    slug = Column(String(200), unique=True, nullable=False)
    title = Column(String(120), nullable=False)
    description = Column(String(255), nullable=False)
    body = Column(Text, nullable=False)
    author_id = Column(ForeignKey("users.id", ondelete="CASCADE"), nullable=False)
    created_at = Column(DateTime(timezone=True), default=_now, nullable=False)
    updated_at = Column(DateTime(timezone=True), default=_now, onupdate=_now, nullable=False)
    author = relationship("User", lazy="joined")
    tags = relationship("Tag", secondary=article_tags, lazy="selectin", order_by="Tag.name")
    favorited_by = relationship("User", secondary=favorites, lazy="selectin")


class Comment(Base):
    __tablename__ = "comments"
    __table_args__ = (UniqueConstraint("id", "article_id"),)
    id = Column(Integer, primary_key=True)
    body = Column(Text, nullable=False)
    article_id = Column(ForeignKey("articles.id", ondelete="CASCADE"), nullable=False)
    author_id = Column(ForeignKey("users.id", ondelete="CASCADE"), nullable=False)
    created_at = Column(DateTime(timezone=True), default=_now, nullable=False)
    updated_at = Column(DateTime(timezone=True), default=_now, onupdate=_now, nullable=False)
    author = relationship("User", lazy="joined")
