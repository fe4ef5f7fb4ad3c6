from django.db import models


class Comment(models.Model):
    body = models.TextField()
    article_slug = models.CharField(max_length=255, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
