from django.db import models


class StoredComment(models.Model):
    article_slug = models.CharField(max_length=255, db_index=True)
    author_id = models.IntegerField()
    body = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
