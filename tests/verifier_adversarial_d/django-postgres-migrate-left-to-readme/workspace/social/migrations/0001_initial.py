from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(
            name="Follow",
            fields=[
                ("id", models.BigAutoField(primary_key=True, serialize=False)),
                ("follower", models.CharField(max_length=32)),
                ("followed", models.CharField(max_length=32)),
            ],
            options={"unique_together": {("follower", "followed")}},
        ),
    ]
