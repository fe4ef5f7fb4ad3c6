from django.http import Http404

from api.repositories import comments as repo


def comments_of(slug: str):
    if not repo.article_exists(slug):
        raise Http404("article not found")
    return repo.list_for(slug)


def add_comment(slug: str, author: str, body: str):
    if not repo.article_exists(slug):
        raise Http404("article not found")
    return repo.add(slug, author, body)
