# excerpt of https://github.com/c4ffein/realworld-django-htmx@554721d279be:apps/accounts/migrations/0003_alter_user_username.py
from django.db import migrations, models

class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_rename_name_user_username"),
    ]

    operations = [
        migrations.AlterField(
            model_name="user",
            name="username",
            field=models.CharField(max_length=60, unique=True),
        ),
    ]
