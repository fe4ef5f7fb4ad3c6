import re
import secrets

from flask import Blueprint, g, jsonify, request

from auth import current_user, hash_password, login_required, password_ok, token_for
from extensions import db
from models import Article, Comment, Tag, User

bp = Blueprint("api", __name__)


def user_json(user):
    return {"user": {"email": user.email, "username": user.username, "bio": user.bio, "image": user.image, "token": token_for(user)}}


def profile_json(user, viewer):
    following = bool(viewer) and viewer.following.filter(User.id == user.id).count() > 0
    return {"username": user.username, "bio": user.bio, "image": user.image, "following": following}


def article_json(article, viewer):
    return {
        "slug": article.slug, "title": article.title, "description": article.description, "body": article.body,
        "tagList": [t.name for t in article.tags],
        "createdAt": article.created_at.isoformat(), "updatedAt": article.updated_at.isoformat(),
        "favorited": bool(viewer) and article.fans.filter(User.id == viewer.id).count() > 0,
        "favoritesCount": article.fans.count(),
        "author": profile_json(article.author, viewer),
    }


@bp.post("/users")
def register():
    data = (request.get_json(silent=True) or {}).get("user") or {}
    if not all(data.get(k) for k in ("email", "username", "password")):
        return jsonify({"errors": {"body": ["email, username and password are required"]}}), 422
    if User.query.filter((User.email == data["email"]) | (User.username == data["username"])).first():
        return jsonify({"errors": {"body": ["email or username taken"]}}), 422
    user = User(email=data["email"], username=data["username"], password_hash=hash_password(data["password"]))
    db.session.add(user)
    db.session.commit()
    return jsonify(user_json(user)), 201


@bp.post("/users/login")
def login():
    data = (request.get_json(silent=True) or {}).get("user") or {}
    user = User.query.filter_by(email=data.get("email")).first()
    if user is None or not password_ok(user.password_hash, data.get("password") or ""):
        return jsonify({"errors": {"credentials": ["invalid"]}}), 401
    return jsonify(user_json(user))


@bp.get("/user")
@login_required
def me():
    return jsonify(user_json(g.user))


@bp.get("/articles")
def list_articles():
    viewer = current_user()
    query = Article.query
    if tag := request.args.get("tag"):
        query = query.filter(Article.tags.any(Tag.name == tag))
    if author := request.args.get("author"):
        query = query.join(User, Article.author_id == User.id).filter(User.username == author)
    total = query.count()
    rows = query.order_by(Article.created_at.desc()).limit(int(request.args.get("limit", 20))).offset(int(request.args.get("offset", 0))).all()
    return jsonify({"articles": [article_json(a, viewer) for a in rows], "articlesCount": total})


@bp.post("/articles")
@login_required
def create_article():
    data = (request.get_json(silent=True) or {}).get("article") or {}
    slug = re.sub(r"[^a-z0-9]+", "-", (data.get("title") or "").lower()).strip("-") + "-" + secrets.token_hex(3)
    article = Article(slug=slug, title=data.get("title"), description=data.get("description"), body=data.get("body"), author=g.user)
    for name in data.get("tagList") or []:
        article.tags.append(Tag.query.filter_by(name=name).first() or Tag(name=name))
    db.session.add(article)
    db.session.commit()
    return jsonify({"article": article_json(article, g.user)}), 201


@bp.get("/articles/<slug>/comments")
def comments(slug):
    article = Article.query.filter_by(slug=slug).first_or_404()
    viewer = current_user()
    rows = Comment.query.filter_by(article_id=article.id).order_by(Comment.created_at.desc()).all()
    return jsonify({"comments": [{"id": c.id, "body": c.body, "createdAt": c.created_at.isoformat(), "updatedAt": c.updated_at.isoformat(), "author": profile_json(c.author, viewer)} for c in rows]})


@bp.get("/tags")
def tags():
    return jsonify({"tags": [t.name for t in Tag.query.order_by(Tag.name).all()]})
