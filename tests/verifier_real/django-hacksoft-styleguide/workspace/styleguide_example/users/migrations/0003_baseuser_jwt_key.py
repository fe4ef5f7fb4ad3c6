# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/users/migrations/0003_baseuser_jwt_key.py
from django.db import migrations, models

import uuid

class Migration(migrations.Migration):

    dependencies = [
        ('users', '0002_alter_baseuser_id'),
    ]

    operations = [
        migrations.AddField(
            model_name='baseuser',
            name='jwt_key',
            field=models.UUIDField(default=uuid.uuid4),
        ),
    ]
