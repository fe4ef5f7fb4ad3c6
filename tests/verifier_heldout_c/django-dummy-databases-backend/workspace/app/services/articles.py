import re
import uuid

from app.repositories.articles import ArticleRepository
from app.repositories.users import UserRepository
from app.services.errors import Forbidden, Invalid, NotFound


def slugify(title: str) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") or "article"
    return f"{base}-{uuid.uuid4().hex[:6]}"


class ArticleService:
    def __init__(self, articles: ArticleRepository | None = None, users: UserRepository | None = None):
        self.articles = articles or ArticleRepository()
        self.users = users or UserRepository()

    def present(self, article, viewer=None) -> dict:
        fav_ids = {u.id for u in article.favorited_by}
        following = bool(viewer) and self.users.is_following(viewer.id, article.author_id)
        return {
            "slug": article.slug,
            "title": article.title,
            "description": article.description,
            "body": article.body,
            "tagList": [t.name for t in article.tags],
            "createdAt": article.created_at.isoformat() + "Z",
            "updatedAt": article.updated_at.isoformat() + "Z",
            "favorited": bool(viewer) and viewer.id in fav_ids,
            "favoritesCount": len(fav_ids),
            "author": {
                "username": article.author.username,
                "bio": article.author.bio,
                "image": article.author.image,
                "following": following,
            },
        }

    def _get(self, slug: str):
        article = self.articles.by_slug(slug)
        if article is None:
            raise NotFound("article not found")
        return article

    def list(self, viewer=None, **filters) -> dict:
        items, total = self.articles.list(**filters)
        return {"articles": [self.present(a, viewer) for a in items], "articlesCount": total}

    def feed(self, viewer, limit=20, offset=0) -> dict:
        items, total = self.articles.feed(viewer.id, limit, offset)
        return {"articles": [self.present(a, viewer) for a in items], "articlesCount": total}

    def get(self, slug: str, viewer=None) -> dict:
        return self.present(self._get(slug), viewer)

    def create(self, viewer, data: dict) -> dict:
        for field in ("title", "description", "body"):
            if not str(data.get(field) or "").strip():
                raise Invalid("can't be blank", key=field)
        article = self.articles.add(
            viewer.id, slugify(data["title"]), data["title"], data["description"], data["body"], data.get("tagList") or []
        )
        return self.present(article, viewer)

    def update(self, viewer, slug: str, data: dict) -> dict:
        article = self._get(slug)
        if article.author_id != viewer.id:
            raise Forbidden("not the author")
        fields = {k: data[k] for k in ("title", "description", "body") if k in data}
        if "title" in fields:
            fields["slug"] = slugify(fields["title"])
        return self.present(self.articles.update(article.id, **fields), viewer)

    def delete(self, viewer, slug: str) -> None:
        article = self._get(slug)
        if article.author_id != viewer.id:
            raise Forbidden("not the author")
        self.articles.delete(article.id)

    def favorite(self, viewer, slug: str, on: bool) -> dict:
        article = self._get(slug)
        return self.present(self.articles.set_favorite(viewer.id, article.id, on), viewer)

    def tags(self) -> list[str]:
        return self.articles.tags()

    def comments(self, slug: str, viewer=None) -> list[dict]:
        article = self._get(slug)
        return [self._comment(c, viewer) for c in self.articles.comments(article.id)]

    def add_comment(self, viewer, slug: str, body: str) -> dict:
        if not (body or "").strip():
            raise Invalid("can't be blank", key="body")
        article = self._get(slug)
        return self._comment(self.articles.add_comment(article.id, viewer.id, body), viewer)

    def delete_comment(self, viewer, slug: str, comment_id: int) -> None:
        self._get(slug)
        comment = self.articles.comment(comment_id)
        if comment is None:
            raise NotFound("comment not found")
        if comment.author_id != viewer.id:
            raise Forbidden("not the author")
        self.articles.delete_comment(comment_id)

    def _comment(self, c, viewer=None) -> dict:
        return {
            "id": c.id,
            "body": c.body,
            "createdAt": c.created_at.isoformat() + "Z",
            "updatedAt": c.updated_at.isoformat() + "Z",
            "author": {"username": c.author.username, "bio": c.author.bio, "image": c.author.image, "following": False},
        }
