from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies: list = []
    operations = [
        migrations.CreateModel(name="Tag", fields=[("id", models.BigAutoField(primary_key=True, serialize=False)),
                                                   ("name", models.CharField(max_length=32, unique=True))]),
    ]
