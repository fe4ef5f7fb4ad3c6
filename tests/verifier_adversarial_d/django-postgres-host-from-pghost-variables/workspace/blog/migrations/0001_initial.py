from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(name="Article", fields=[
            ("id", models.BigAutoField(primary_key=True, serialize=False)),
            ("slug", models.SlugField(max_length=255, unique=True)),
            ("title", models.CharField(max_length=120)),
            ("description", models.CharField(max_length=255)),
            ("body", models.TextField()),
            ("created_at", models.DateTimeField(auto_now_add=True)),
        ]),
    ]
