from django.db import models


class Account(models.Model):
    email = models.EmailField(unique=True, max_length=254)
    username = models.CharField(unique=True, max_length=32)
    password = models.CharField(max_length=255)


class RevokedToken(models.Model):
    jti = models.CharField(max_length=64, unique=True)
    revoked_at = models.DateTimeField(auto_now_add=True)
