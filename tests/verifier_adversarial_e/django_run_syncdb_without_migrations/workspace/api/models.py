from django.db import models


class Member(models.Model):
    email = models.EmailField(unique=True)
    username = models.CharField(max_length=64, unique=True)
    password = models.CharField(max_length=128)
    bio = models.TextField(blank=True, default="")
    image = models.URLField(null=True, blank=True)
