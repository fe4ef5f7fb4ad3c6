# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/emails/models.py
from django.db import models

from styleguide_example.common.models import BaseModel

class Email(BaseModel):
    class Status(models.TextChoices):
        READY = "READY", "Ready"
        SENDING = "SENDING", "Sending"
        SENT = "SENT", "Sent"
        FAILED = "FAILED", "Failed"

    status = models.CharField(max_length=255, db_index=True, choices=Status.choices, default=Status.READY)

    to = models.EmailField()
    subject = models.CharField(max_length=255)

    html = models.TextField()
    plain_text = models.TextField()

    sent_at = models.DateTimeField(blank=True, null=True)
