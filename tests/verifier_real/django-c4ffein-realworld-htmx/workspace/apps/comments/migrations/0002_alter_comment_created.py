# excerpt of https://github.com/c4ffein/realworld-django-htmx@554721d279be:apps/comments/migrations/0002_alter_comment_created.py
from django.db import migrations, models

class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0001_initial"),
    ]

    operations = [
        migrations.AlterField(
            model_name="comment",
            name="created",
            field=models.DateTimeField(auto_now_add=True, db_index=True),
        ),
    ]
