# excerpt of hotwire-django/hotwire-django-realworld@e2ff333f8e8f:profiles/migrations/0002_profile_favorites.py
from django.db import migrations, models

class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0001_initial'),
        ('profiles', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='profile',
            name='favorites',
            field=models.ManyToManyField(blank=True, related_name='favorited_by', to='articles.Article'),
        ),
    ]
