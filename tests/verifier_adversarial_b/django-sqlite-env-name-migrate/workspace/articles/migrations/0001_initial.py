from django.db import migrations, models
import django.db.models.deletion

class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(name="Profile", fields=[
            ("id", models.BigAutoField(primary_key=True, serialize=False)),
            ("username", models.CharField(max_length=150, unique=True)),
            ("email", models.EmailField(max_length=254, unique=True)),
            ("password", models.CharField(max_length=255)),
            ("bio", models.TextField(blank=True, default="")),
        ]),
        migrations.CreateModel(name="Article", fields=[
            ("id", models.BigAutoField(primary_key=True, serialize=False)),
            ("slug", models.SlugField(max_length=255, unique=True)),
            ("title", models.CharField(max_length=255)),
            ("body", models.TextField()),
            ("created_at", models.DateTimeField(auto_now_add=True)),
            ("author", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="articles", to="articles.profile")),
        ]),
    ]
