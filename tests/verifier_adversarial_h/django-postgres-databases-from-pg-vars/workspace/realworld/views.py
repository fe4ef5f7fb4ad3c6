"""JSON views for the Conduit API."""

from __future__ import annotations

import json
import re
import secrets

from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from realworld.auth import auth, check_password, hash_password, unauthorized
from realworld.models import Article, Comment, Tag, User
from realworld.serializers import article_json, comment_json, profile_json, user_json


def error(key: str, message: str, status: int = 422) -> JsonResponse:
    return JsonResponse({"errors": {key: [message]}}, status=status)


def payload(request, key: str):
    try:
        data = json.loads(request.body or b"null")
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get(key), dict):
        return None
    return data[key]


def slugify(title: str) -> str:
    return (re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") or "article") + "-" + secrets.token_hex(3)


@csrf_exempt
@require_http_methods(["POST"])
def register(request):
    data = payload(request, "user")
    if data is None:
        return error("body", "user is required")
    for field in ("username", "email", "password"):
        if not str(data.get(field) or "").strip():
            return error(field, "can't be blank")
    if User.objects.filter(email=data["email"]).exists():
        return error("email", "has already been taken")
    if User.objects.filter(username=data["username"]).exists():
        return error("username", "has already been taken")
    user = User.objects.create(email=data["email"], username=data["username"], password_hash=hash_password(data["password"]))
    return JsonResponse({"user": user_json(user)}, status=201)


@csrf_exempt
@require_http_methods(["POST"])
def login(request):
    data = payload(request, "user")
    if data is None:
        return error("body", "user is required")
    user = User.objects.filter(email=data.get("email")).first()
    if user is None or not check_password(str(data.get("password", "")), user.password_hash):
        return error("body", "email or password is invalid", 401)
    return JsonResponse({"user": user_json(user)})


@csrf_exempt
@require_http_methods(["GET", "PUT"])
@auth(required=True)
def current_user(request):
    user = request.conduit_user
    if request.method == "PUT":
        data = payload(request, "user")
        if data is None:
            return error("body", "user is required")
        for field in ("email", "username", "bio", "image"):
            if field in data:
                setattr(user, field, data[field])
        if data.get("password"):
            user.password_hash = hash_password(data["password"])
        user.save()
    return JsonResponse({"user": user_json(user)})


@csrf_exempt
@require_http_methods(["GET"])
@auth(required=False)
def profile(request, username):
    user = User.objects.filter(username=username).first()
    if user is None:
        return error("body", "profile not found", 404)
    return JsonResponse({"profile": profile_json(user, request.conduit_user)})


@csrf_exempt
@require_http_methods(["POST", "DELETE"])
@auth(required=True)
def follow(request, username):
    user = User.objects.filter(username=username).first()
    if user is None:
        return error("body", "profile not found", 404)
    viewer = request.conduit_user
    if request.method == "POST":
        viewer.following.add(user)
    else:
        viewer.following.remove(user)
    return JsonResponse({"profile": profile_json(user, viewer)})


def _page(request):
    try:
        return int(request.GET.get("limit", 20)), int(request.GET.get("offset", 0))
    except ValueError:
        return 20, 0


@csrf_exempt
@require_http_methods(["GET", "POST"])
@auth(required=False)
def articles(request):
    viewer = request.conduit_user
    if request.method == "POST":
        if viewer is None:
            return unauthorized()
        data = payload(request, "article")
        if data is None:
            return error("body", "article is required")
        for field in ("title", "description", "body"):
            if not str(data.get(field) or "").strip():
                return error(field, "can't be blank")
        article = Article.objects.create(
            slug=slugify(data["title"]), title=data["title"], description=data["description"], body=data["body"], author=viewer
        )
        for name in dict.fromkeys(data.get("tagList") or []):
            article.tags.add(Tag.objects.get_or_create(name=name)[0])
        return JsonResponse({"article": article_json(article, viewer)}, status=201)
    qs = Article.objects.select_related("author")
    if request.GET.get("tag"):
        qs = qs.filter(tags__name=request.GET["tag"])
    if request.GET.get("author"):
        qs = qs.filter(author__username=request.GET["author"])
    if request.GET.get("favorited"):
        qs = qs.filter(favorited_by__username=request.GET["favorited"])
    limit, offset = _page(request)
    total = qs.count()
    items = [article_json(a, viewer) for a in qs[offset : offset + limit]]
    return JsonResponse({"articles": items, "articlesCount": total})


@csrf_exempt
@require_http_methods(["GET"])
@auth(required=True)
def feed(request):
    viewer = request.conduit_user
    qs = Article.objects.filter(author__in=viewer.following.all()).select_related("author")
    limit, offset = _page(request)
    return JsonResponse({"articles": [article_json(a, viewer) for a in qs[offset : offset + limit]], "articlesCount": qs.count()})


@csrf_exempt
@require_http_methods(["GET", "PUT", "DELETE"])
@auth(required=False)
def article(request, slug):
    viewer = request.conduit_user
    found = Article.objects.filter(slug=slug).select_related("author").first()
    if found is None:
        return error("body", "article not found", 404)
    if request.method == "GET":
        return JsonResponse({"article": article_json(found, viewer)})
    if viewer is None:
        return unauthorized()
    if found.author_id != viewer.pk:
        return error("body", "forbidden", 403)
    if request.method == "DELETE":
        found.delete()
        return JsonResponse({})
    data = payload(request, "article")
    if data is None:
        return error("body", "article is required")
    if "title" in data and data["title"] != found.title:
        found.title, found.slug = data["title"], slugify(data["title"])
    for field in ("description", "body"):
        if field in data:
            setattr(found, field, data[field])
    found.save()
    if data.get("tagList") is not None:
        found.tags.set([Tag.objects.get_or_create(name=n)[0] for n in dict.fromkeys(data["tagList"])])
    return JsonResponse({"article": article_json(found, viewer)})


@csrf_exempt
@require_http_methods(["POST", "DELETE"])
@auth(required=True)
def favorite(request, slug):
    viewer = request.conduit_user
    found = Article.objects.filter(slug=slug).first()
    if found is None:
        return error("body", "article not found", 404)
    if request.method == "POST":
        found.favorited_by.add(viewer)
    else:
        found.favorited_by.remove(viewer)
    return JsonResponse({"article": article_json(found, viewer)})


@csrf_exempt
@require_http_methods(["GET", "POST"])
@auth(required=False)
def comments(request, slug):
    viewer = request.conduit_user
    found = Article.objects.filter(slug=slug).first()
    if found is None:
        return error("body", "article not found", 404)
    if request.method == "GET":
        return JsonResponse({"comments": [comment_json(c, viewer) for c in found.comments.select_related("author")]})
    if viewer is None:
        return unauthorized()
    data = payload(request, "comment")
    if data is None or not str(data.get("body") or "").strip():
        return error("body", "can't be blank")
    comment = Comment.objects.create(article=found, author=viewer, body=data["body"])
    return JsonResponse({"comment": comment_json(comment, viewer)})


@csrf_exempt
@require_http_methods(["DELETE"])
@auth(required=True)
def comment(request, slug, comment_id):
    found = Comment.objects.filter(article__slug=slug, pk=comment_id).first()
    if found is None:
        return error("body", "comment not found", 404)
    if found.author_id != request.conduit_user.pk:
        return error("body", "forbidden", 403)
    found.delete()
    return JsonResponse({})


@require_http_methods(["GET"])
def tags(request):
    return JsonResponse({"tags": list(Tag.objects.filter(articles__isnull=False).distinct().order_by("name").values_list("name", flat=True))})
