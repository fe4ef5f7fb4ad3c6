# excerpt of https://github.com/c4ffein/realworld-django-htmx@554721d279be:apps/articles/migrations/0002_alter_article_updated.py
from django.db import migrations, models

class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_initial"),
    ]

    operations = [
        migrations.AlterField(
            model_name="article",
            name="updated",
            field=models.DateTimeField(auto_now=True),
        ),
    ]
