# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/users/migrations/0002_alter_baseuser_id.py
from django.db import migrations, models

class Migration(migrations.Migration):

    dependencies = [
        ('users', '0001_initial'),
    ]

    operations = [
        migrations.AlterField(
            model_name='baseuser',
            name='id',
            field=models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID'),
        ),
    ]
