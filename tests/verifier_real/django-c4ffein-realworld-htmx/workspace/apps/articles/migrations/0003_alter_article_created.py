# excerpt of https://github.com/c4ffein/realworld-django-htmx@554721d279be:apps/articles/migrations/0003_alter_article_created.py
from django.db import migrations, models

class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0002_alter_article_updated"),
    ]

    operations = [
        migrations.AlterField(
            model_name="article",
            name="created",
            field=models.DateTimeField(auto_now_add=True, db_index=True),
        ),
    ]
