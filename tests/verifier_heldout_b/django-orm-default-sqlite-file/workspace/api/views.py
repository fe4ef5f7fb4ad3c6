import json
import secrets

from django.http import JsonResponse
from django.utils.text import slugify
from django.views.decorators.csrf import csrf_exempt

from api.auth import hash_password, token_for, user_from, verify
from api.models import Article, Tag, User


def _body(request):
    try:
        return json.loads(request.body or b"{}")
    except ValueError:
        return {}


def _error(status, key, message):
    return JsonResponse({"errors": {key: [message]}}, status=status)


def _user(user):
    return {"user": {"email": user.email, "username": user.username, "bio": user.bio, "image": user.image, "token": token_for(user)}}


def _article(article, viewer):
    return {
        "slug": article.slug, "title": article.title, "description": article.description, "body": article.body,
        "tagList": [t.name for t in article.tags.all()],
        "createdAt": article.created_at.isoformat(), "updatedAt": article.updated_at.isoformat(),
        "favorited": bool(viewer) and article.favorited_by.filter(pk=viewer.pk).exists(),
        "favoritesCount": article.favorited_by.count(),
        "author": {"username": article.author.username, "bio": article.author.bio, "image": article.author.image,
                   "following": bool(viewer) and viewer.following.filter(pk=article.author_id).exists()},
    }


@csrf_exempt
def register(request):
    data = _body(request).get("user") or {}
    if User.objects.filter(email=data.get("email")).exists():
        return _error(409, "email", "has already been taken")
    user = User.objects.create(email=data["email"], username=data["username"], password=hash_password(data["password"]))
    return JsonResponse(_user(user), status=201)


@csrf_exempt
def login(request):
    data = _body(request).get("user") or {}
    user = User.objects.filter(email=data.get("email")).first()
    if not user or not verify(data.get("password", ""), user.password):
        return _error(401, "credentials", "invalid")
    return JsonResponse(_user(user))


def current_user(request):
    user = user_from(request)
    return JsonResponse(_user(user)) if user else _error(401, "body", "unauthorized")


@csrf_exempt
def articles(request):
    viewer = user_from(request)
    if request.method == "POST":
        if viewer is None:
            return _error(401, "body", "unauthorized")
        data = _body(request).get("article") or {}
        article = Article.objects.create(slug=f"{slugify(data.get('title', ''))}-{secrets.token_hex(3)}", title=data.get("title", ""),
                                         description=data.get("description", ""), body=data.get("body", ""), author=viewer)
        article.tags.set([Tag.objects.get_or_create(name=n)[0] for n in data.get("tagList") or []])
        return JsonResponse({"article": _article(article, viewer)}, status=201)
    qs = Article.objects.select_related("author")
    if tag := request.GET.get("tag"):
        qs = qs.filter(tags__name=tag)
    if author := request.GET.get("author"):
        qs = qs.filter(author__username=author)
    if fan := request.GET.get("favorited"):
        qs = qs.filter(favorited_by__username=fan)
    limit, offset = int(request.GET.get("limit", 20)), int(request.GET.get("offset", 0))
    return JsonResponse({"articles": [_article(a, viewer) for a in qs[offset:offset + limit]], "articlesCount": qs.count()})


@csrf_exempt
def article(request, slug):
    found = Article.objects.filter(slug=slug).first()
    if found is None:
        return _error(404, "body", "article not found")
    return JsonResponse({"article": _article(found, user_from(request))})


def tags(request):
    return JsonResponse({"tags": list(Tag.objects.order_by("name").values_list("name", flat=True))})
