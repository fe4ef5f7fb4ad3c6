# excerpt of https://github.com/coder-contrib/realworld-django-rest-framework-angular@00a0d315d49e:backend/articles/paginations.py
from rest_framework.pagination import LimitOffsetPagination

class ArticlePagination(LimitOffsetPagination):
    default_limit = 20
    max_limit = 100
