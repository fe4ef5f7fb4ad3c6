from django.db import models


class Article(models.Model):
    slug = models.SlugField(unique=True)
    title = models.CharField(max_length=200)

    def as_dict(self) -> dict:
        return {'slug': self.slug, 'title': self.title}
