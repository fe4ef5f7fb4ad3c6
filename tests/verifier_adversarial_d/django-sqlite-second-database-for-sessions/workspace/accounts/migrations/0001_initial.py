from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(name="Account", fields=[
            ("id", models.BigAutoField(primary_key=True, serialize=False)),
            ("email", models.EmailField(max_length=254, unique=True)),
            ("username", models.CharField(max_length=32, unique=True)),
            ("password", models.CharField(max_length=255)),
        ]),
        migrations.CreateModel(name="RevokedToken", fields=[
            ("id", models.BigAutoField(primary_key=True, serialize=False)),
            ("jti", models.CharField(max_length=64, unique=True)),
            ("revoked_at", models.DateTimeField(auto_now_add=True)),
        ]),
    ]
