import re
import secrets

from conduit.models import Article, Comment, User
from conduit.repositories.articles import ArticleRepository
from conduit.repositories.database import SessionLocal
from conduit.services.errors import Forbidden, NotFound, ValidationFailed
from conduit.services.users import profile_json


def slugify(title: str) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") or "article"
    return f"{base}-{secrets.token_hex(3)}"


def article_json(article: Article, viewer: User | None) -> dict:
    return {
        "slug": article.slug,
        "title": article.title,
        "description": article.description,
        "body": article.body,
        "tagList": [t.name for t in article.tags],
        "createdAt": article.created_at.isoformat().replace("+00:00", "Z"),
        "updatedAt": article.updated_at.isoformat().replace("+00:00", "Z"),
        "favorited": bool(viewer and any(u.id == viewer.id for u in article.favorited_by)),
        "favoritesCount": len(article.favorited_by),
        "author": profile_json(article.author, viewer),
    }


def comment_json(comment: Comment, viewer: User | None) -> dict:
    return {
        "id": comment.id,
        "body": comment.body,
        "createdAt": comment.created_at.isoformat().replace("+00:00", "Z"),
        "updatedAt": comment.updated_at.isoformat().replace("+00:00", "Z"),
        "author": profile_json(comment.author, viewer),
    }


class ArticleService:
    def __init__(self, session_factory=SessionLocal) -> None:
        self.session_factory = session_factory

    def _repo(self) -> ArticleRepository:
        return ArticleRepository(self.session_factory())

    def _get(self, repo: ArticleRepository, slug: str) -> Article:
        article = repo.by_slug(slug)
        if article is None:
            raise NotFound("not found", "article")
        return article

    def list(self, viewer: User | None, filters: dict) -> dict:
        limit = int(filters.get("limit") or 20)
        offset = int(filters.get("offset") or 0)
        articles, total = self._repo().list(tag=filters.get("tag"), author=filters.get("author"),
                                            favorited=filters.get("favorited"), limit=limit, offset=offset)
        return {"articles": [article_json(a, viewer) for a in articles], "articlesCount": total}

    def feed(self, viewer: User, filters: dict) -> dict:
        ids = [u.id for u in viewer.following]
        articles, total = self._repo().list(author_ids=ids, limit=int(filters.get("limit") or 20),
                                            offset=int(filters.get("offset") or 0))
        return {"articles": [article_json(a, viewer) for a in articles], "articlesCount": total}

    def get(self, slug: str, viewer: User | None) -> dict:
        return article_json(self._get(self._repo(), slug), viewer)

    def create(self, author: User, data: dict) -> dict:
        for field in ("title", "description", "body"):
            if not isinstance(data.get(field), str) or not data[field].strip():
                raise ValidationFailed("can't be blank", field)
        repo = self._repo()
        article = Article(slug=slugify(data["title"]), title=data["title"], description=data["description"],
                          body=data["body"], author_id=author.id)
        article.tags = repo.tags_named(list(dict.fromkeys(data.get("tagList") or [])))
        repo.add(article)
        return article_json(repo.by_slug(article.slug), author)

    def update(self, slug: str, author: User, data: dict) -> dict:
        repo = self._repo()
        article = self._get(repo, slug)
        if article.author_id != author.id:
            raise Forbidden("not the author", "article")
        if data.get("title"):
            article.title = data["title"]
            article.slug = slugify(data["title"])
        for field in ("description", "body"):
            if field in data:
                setattr(article, field, data[field])
        return article_json(repo.save(article), author)

    def delete(self, slug: str, author: User) -> None:
        repo = self._repo()
        article = self._get(repo, slug)
        if article.author_id != author.id:
            raise Forbidden("not the author", "article")
        repo.delete(article)

    def favorite(self, slug: str, viewer: User, on: bool) -> dict:
        repo = self._repo()
        article = self._get(repo, slug)
        return article_json(repo.set_favorite(article, viewer, on), viewer)

    def tags(self) -> list[str]:
        return self._repo().all_tags()

    def comments(self, slug: str, viewer: User | None) -> list[dict]:
        repo = self._repo()
        return [comment_json(c, viewer) for c in repo.comments_for(self._get(repo, slug))]

    def add_comment(self, slug: str, author: User, data: dict) -> dict:
        if not isinstance(data.get("body"), str) or not data["body"].strip():
            raise ValidationFailed("can't be blank", "body")
        repo = self._repo()
        article = self._get(repo, slug)
        comment = repo.add_comment(Comment(body=data["body"], article_id=article.id, author_id=author.id))
        return comment_json(repo.comment(comment.id), author)

    def delete_comment(self, slug: str, comment_id: int, author: User) -> None:
        repo = self._repo()
        self._get(repo, slug)
        comment = repo.comment(comment_id)
        if comment is None:
            raise NotFound("not found", "comment")
        if comment.author_id != author.id:
            raise Forbidden("not the author", "comment")
        repo.delete_comment(comment)


article_service = ArticleService()
