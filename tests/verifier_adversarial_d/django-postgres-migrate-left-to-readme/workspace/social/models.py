from django.db import models


class Follow(models.Model):
    follower = models.CharField(max_length=32)
    followed = models.CharField(max_length=32)

    class Meta:
        unique_together = [("follower", "followed")]
