from django.db import models


class Profile(models.Model):
    username = models.CharField(max_length=32, unique=True)
    bio = models.TextField(null=True)
    image = models.URLField(null=True, max_length=2000)
