from __future__ import annotations

import re
import uuid

from flask import Blueprint, g, jsonify, request

from conduit import store
from conduit.auth import ApiError, login_optional, login_required
from conduit.serializers import article_json, comment_json

bp = Blueprint("articles", __name__)


def payload(key: str) -> dict:
    data = request.get_json(silent=True) or {}
    return data.get(key) if isinstance(data.get(key), dict) else {}


def slugify(title: str) -> str:
    return (re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") or "article") + "-" + uuid.uuid4().hex[:6]


def find(slug: str):
    article = store.article_by_slug(slug)
    if article is None:
        raise ApiError(404, "article not found")
    return article


def page():
    return request.args.get("limit", 20, type=int), request.args.get("offset", 0, type=int)


@bp.get("/articles")
@login_optional
def index():
    limit, offset = page()
    rows, total = store.list_articles(request.args.get("tag"), request.args.get("author"),
                                      request.args.get("favorited"), None, limit, offset)
    return jsonify({"articles": [article_json(a) for a in rows], "articlesCount": total})


@bp.get("/articles/feed")
@login_required
def feed():
    limit, offset = page()
    rows, total = store.list_articles(feed_of=g.user["id"], limit=limit, offset=offset)
    return jsonify({"articles": [article_json(a) for a in rows], "articlesCount": total})


@bp.post("/articles")
@login_required
def create():
    data = payload("article")
    for key in ("title", "description", "body"):
        if not str(data.get(key) or "").strip():
            raise ApiError(422, "can't be blank", key)
    tags = [t for t in data.get("tagList") or [] if isinstance(t, str)]
    article = store.insert_article(g.user["id"], slugify(data["title"]), data["title"], data["description"],
                                   data["body"], tags)
    return jsonify({"article": article_json(article)}), 201


@bp.get("/articles/<slug>")
@login_optional
def show(slug: str):
    return jsonify({"article": article_json(find(slug))})


@bp.put("/articles/<slug>")
@login_required
def update(slug: str):
    article = find(slug)
    if article["author_id"] != g.user["id"]:
        raise ApiError(403, "not the author")
    data = payload("article")
    fields = {k: data[k] for k in ("title", "description", "body") if data.get(k)}
    if "title" in fields:
        fields["slug"] = slugify(fields["title"])
    updated = store.update_article(article["id"], fields)
    if isinstance(data.get("tagList"), list):
        store.replace_tags(article["id"], data["tagList"])
    return jsonify({"article": article_json(updated)})


@bp.delete("/articles/<slug>")
@login_required
def destroy(slug: str):
    article = find(slug)
    if article["author_id"] != g.user["id"]:
        raise ApiError(403, "not the author")
    store.delete_article(article["id"])
    return jsonify({})


@bp.post("/articles/<slug>/favorite")
@login_required
def favorite(slug: str):
    article = find(slug)
    store.set_favorite(article["id"], g.user["id"], True)
    return jsonify({"article": article_json(article)})


@bp.delete("/articles/<slug>/favorite")
@login_required
def unfavorite(slug: str):
    article = find(slug)
    store.set_favorite(article["id"], g.user["id"], False)
    return jsonify({"article": article_json(article)})


@bp.get("/articles/<slug>/comments")
@login_optional
def comments(slug: str):
    return jsonify({"comments": [comment_json(c) for c in store.comments_for(find(slug)["id"])]})


@bp.post("/articles/<slug>/comments")
@login_required
def add_comment(slug: str):
    body = payload("comment").get("body")
    if not str(body or "").strip():
        raise ApiError(422, "can't be blank", "body")
    return jsonify({"comment": comment_json(store.insert_comment(find(slug)["id"], g.user["id"], body))})


@bp.delete("/articles/<slug>/comments/<int:comment_id>")
@login_required
def delete_comment(slug: str, comment_id: int):
    article = find(slug)
    comment = store.comment_by_id(comment_id)
    if comment is None or comment["article_id"] != article["id"]:
        raise ApiError(404, "comment not found")
    if comment["author_id"] != g.user["id"]:
        raise ApiError(403, "not the author")
    store.delete_comment(comment_id)
    return jsonify({})


@bp.get("/tags")
def tags():
    return jsonify({"tags": store.all_tags()})
