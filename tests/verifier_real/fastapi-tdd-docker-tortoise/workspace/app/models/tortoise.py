# excerpt of testdrivenio/fastapi-tdd-docker@13cff4273ad9:project/app/models/tortoise.py
from tortoise import fields, models

from tortoise.contrib.pydantic import pydantic_model_creator

class TextSummary(models.Model):
    url = fields.TextField()
    summary = fields.TextField()
    created_at = fields.DatetimeField(auto_now_add=True)

    def __str__(self):
        return self.url
