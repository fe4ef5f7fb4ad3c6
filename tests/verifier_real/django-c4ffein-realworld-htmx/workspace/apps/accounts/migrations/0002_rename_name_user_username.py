# excerpt of https://github.com/c4ffein/realworld-django-htmx@554721d279be:apps/accounts/migrations/0002_rename_name_user_username.py
from django.db import migrations

class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
    ]

    operations = [
        migrations.RenameField(
            model_name="user",
            old_name="name",
            new_name="username",
        ),
    ]
