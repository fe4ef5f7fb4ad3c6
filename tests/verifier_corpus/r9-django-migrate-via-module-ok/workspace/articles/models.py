from django.db import models


class Article(models.Model):
    slug = models.SlugField(unique=True)
