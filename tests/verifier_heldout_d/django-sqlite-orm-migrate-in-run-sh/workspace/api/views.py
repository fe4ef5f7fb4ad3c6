from __future__ import annotations

import uuid

from django.contrib.auth.hashers import check_password, make_password
from django.utils.text import slugify

from api.auth import ApiError, api_view, body, make_token
from api.models import Article, Comment, Tag, User
from api.serializers import article_json, comment_json, profile_json, user_json


def blank(data: dict, *keys: str) -> None:
    for key in keys:
        if not str(data.get(key) or "").strip():
            raise ApiError(422, "can't be blank", key)


@api_view(["POST"])
def register(request):
    data = body(request, "user")
    blank(data, "username", "email", "password")
    for key in ("username", "email"):
        if User.objects.filter(**{key: data[key]}).exists():
            raise ApiError(422, "has already been taken", key)
    user = User.objects.create(username=data["username"], email=data["email"], password=make_password(data["password"]))
    return {"user": user_json(user, make_token(user))}, 201


@api_view(["POST"])
def login(request):
    data = body(request, "user")
    blank(data, "email", "password")
    user = User.objects.filter(email=data["email"]).first()
    if user is None or not check_password(data["password"], user.password):
        raise ApiError(401, "email or password is invalid")
    return {"user": user_json(user, make_token(user))}, 200


@api_view(["GET", "PUT"], auth="required")
def current_user(request):
    user = request.conduit_user
    if request.method == "PUT":
        data = body(request, "user")
        for key in ("username", "email"):
            if key in data and User.objects.filter(**{key: data[key]}).exclude(pk=user.pk).exists():
                raise ApiError(422, "has already been taken", key)
        for key in ("username", "email", "bio", "image"):
            if key in data:
                setattr(user, key, data[key])
        if data.get("password"):
            user.password = make_password(data["password"])
        user.save()
    return {"user": user_json(user, request.conduit_token)}, 200


def find_user(username: str) -> User:
    user = User.objects.filter(username=username).first()
    if user is None:
        raise ApiError(404, "profile not found")
    return user


@api_view(["GET"])
def profile(request, username):
    return {"profile": profile_json(find_user(username), request.conduit_user)}, 200


@api_view(["POST", "DELETE"], auth="required")
def follow(request, username):
    target = find_user(username)
    if request.method == "POST":
        request.conduit_user.following.add(target)
    else:
        request.conduit_user.following.remove(target)
    return {"profile": profile_json(target, request.conduit_user)}, 200


def paged(request, queryset):
    limit, offset = int(request.GET.get("limit", 20)), int(request.GET.get("offset", 0))
    viewer = request.conduit_user
    items = queryset.select_related("author").prefetch_related("tags")[offset:offset + limit]
    return {"articles": [article_json(a, viewer) for a in items], "articlesCount": queryset.count()}


@api_view(["GET", "POST"], auth_methods=("POST",))
def articles(request):
    if request.method == "POST":
        data = body(request, "article")
        blank(data, "title", "description", "body")
        article = Article.objects.create(
            slug=f"{slugify(data['title']) or 'article'}-{uuid.uuid4().hex[:6]}",
            title=data["title"], description=data["description"], body=data["body"], author=request.conduit_user,
        )
        article.tags.set([Tag.objects.get_or_create(name=n)[0] for n in data.get("tagList") or []])
        return {"article": article_json(article, request.conduit_user)}, 201
    qs = Article.objects.all()
    if request.GET.get("tag"):
        qs = qs.filter(tags__name=request.GET["tag"])
    if request.GET.get("author"):
        qs = qs.filter(author__username=request.GET["author"])
    if request.GET.get("favorited"):
        qs = qs.filter(favorited_by__username=request.GET["favorited"])
    return paged(request, qs.distinct()), 200


@api_view(["GET"], auth="required")
def feed(request):
    return paged(request, Article.objects.filter(author__in=request.conduit_user.following.all())), 200


def find_article(slug: str) -> Article:
    article = Article.objects.filter(slug=slug).first()
    if article is None:
        raise ApiError(404, "article not found")
    return article


@api_view(["GET", "PUT", "DELETE"], auth_methods=("PUT", "DELETE"))
def article(request, slug):
    article = find_article(slug)
    if request.method == "GET":
        return {"article": article_json(article, request.conduit_user)}, 200
    if article.author_id != request.conduit_user.pk:
        raise ApiError(403, "not the author")
    if request.method == "DELETE":
        article.delete()
        return {}, 200
    data = body(request, "article")
    for key in ("title", "description", "body"):
        if data.get(key):
            setattr(article, key, data[key])
    if data.get("title"):
        article.slug = f"{slugify(data['title']) or 'article'}-{uuid.uuid4().hex[:6]}"
    article.save()
    if isinstance(data.get("tagList"), list):
        article.tags.set([Tag.objects.get_or_create(name=n)[0] for n in data["tagList"]])
    return {"article": article_json(article, request.conduit_user)}, 200


@api_view(["POST", "DELETE"], auth="required")
def favorite(request, slug):
    article = find_article(slug)
    if request.method == "POST":
        article.favorited_by.add(request.conduit_user)
    else:
        article.favorited_by.remove(request.conduit_user)
    return {"article": article_json(article, request.conduit_user)}, 200


@api_view(["GET", "POST"], auth_methods=("POST",))
def comments(request, slug):
    article = find_article(slug)
    if request.method == "POST":
        data = body(request, "comment")
        blank(data, "body")
        comment = Comment.objects.create(article=article, author=request.conduit_user, body=data["body"])
        return {"comment": comment_json(comment, request.conduit_user)}, 200
    return {"comments": [comment_json(c, request.conduit_user) for c in article.comments.select_related("author")]}, 200


@api_view(["DELETE"], auth="required")
def comment(request, slug, comment_id):
    article = find_article(slug)
    found = Comment.objects.filter(pk=comment_id, article=article).first()
    if found is None:
        raise ApiError(404, "comment not found")
    if found.author_id != request.conduit_user.pk:
        raise ApiError(403, "not the author")
    found.delete()
    return {}, 200


@api_view(["GET"])
def tags(request):
    return {"tags": list(Tag.objects.filter(articles__isnull=False).distinct().values_list("name", flat=True))}, 200
