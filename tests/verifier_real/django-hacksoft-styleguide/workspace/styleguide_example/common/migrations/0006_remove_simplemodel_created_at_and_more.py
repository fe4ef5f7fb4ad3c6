# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/common/migrations/0006_remove_simplemodel_created_at_and_more.py
from django.db import migrations

class Migration(migrations.Migration):

    dependencies = [
        ('common', '0005_simplemodel_randommodel_simple_objects'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='simplemodel',
            name='created_at',
        ),
        migrations.RemoveField(
            model_name='simplemodel',
            name='updated_at',
        ),
    ]
