# excerpt of yoonge/conduit-drf@bcba78764216:api/migrations/0003_alter_topic_tags.py
from django.db import migrations, models

class Migration(migrations.Migration):

    dependencies = [
        ('api', '0002_remove_topic_favorote_topic_favorite'),
    ]

    operations = [
        migrations.AlterField(
            model_name='topic',
            name='tags',
            field=models.ManyToManyField(blank=True, related_name='topic_tag', to='api.tag'),
        ),
    ]
