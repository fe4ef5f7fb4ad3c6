from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(
            name="Profile",
            fields=[
                ("id", models.AutoField(primary_key=True, serialize=False)),
                ("username", models.CharField(max_length=32, unique=True)),
                ("bio", models.TextField(null=True)),
                ("image", models.URLField(max_length=2000, null=True)),
            ],
        )
    ]
