# excerpt of https://github.com/coder-contrib/realworld-django-rest-framework-angular@00a0d315d49e:backend/articles/admin.py
from django.contrib import admin

from articles.models import Tag, Article

class TagAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]

class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "slug", "author", "created_at", "updated_at"]
    search_fields = ["title", "slug"]
    list_filter = ["author", "created_at", "updated_at"]
