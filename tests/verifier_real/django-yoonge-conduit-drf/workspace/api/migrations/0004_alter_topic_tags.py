# excerpt of yoonge/conduit-drf@bcba78764216:api/migrations/0004_alter_topic_tags.py
from django.db import migrations, models

class Migration(migrations.Migration):

    dependencies = [
        ('api', '0003_alter_topic_tags'),
    ]

    operations = [
        migrations.AlterField(
            model_name='topic',
            name='tags',
            field=models.ManyToManyField(blank=True, related_name='topic_tags', to='api.tag'),
        ),
    ]
