# excerpt of yoonge/conduit-drf@bcba78764216:api/migrations/0002_remove_topic_favorote_topic_favorite.py
from django.db import migrations, models

class Migration(migrations.Migration):

    dependencies = [
        ('api', '0001_initial'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='topic',
            name='favorote',
        ),
        migrations.AddField(
            model_name='topic',
            name='favorite',
            field=models.IntegerField(default=0, verbose_name='favorite'),
        ),
    ]
