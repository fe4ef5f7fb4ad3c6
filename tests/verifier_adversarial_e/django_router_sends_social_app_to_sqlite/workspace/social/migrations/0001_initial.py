from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(
            name="Follow",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False)),
                ("follower_id", models.BigIntegerField()),
                ("followed_id", models.BigIntegerField()),
            ],
            options={"unique_together": {("follower_id", "followed_id")}},
        ),
        migrations.CreateModel(
            name="Favorite",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False)),
                ("user_id", models.BigIntegerField()),
                ("article_id", models.BigIntegerField()),
            ],
            options={"unique_together": {("user_id", "article_id")}},
        ),
    ]
