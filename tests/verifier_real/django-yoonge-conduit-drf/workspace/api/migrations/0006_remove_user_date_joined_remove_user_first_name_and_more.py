# excerpt of yoonge/conduit-drf@bcba78764216:api/migrations/0006_remove_user_date_joined_remove_user_first_name_and_more.py
from django.db import migrations

class Migration(migrations.Migration):

    dependencies = [
        ('api', '0005_rename_favorite_user_favorites_alter_comment_topic'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='user',
            name='date_joined',
        ),
        migrations.RemoveField(
            model_name='user',
            name='first_name',
        ),
        migrations.RemoveField(
            model_name='user',
            name='last_name',
        ),
    ]
