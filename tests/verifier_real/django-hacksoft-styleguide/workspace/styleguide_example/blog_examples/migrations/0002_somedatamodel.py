# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/blog_examples/migrations/0002_somedatamodel.py
from django.db import migrations, models

class Migration(migrations.Migration):

    dependencies = [
        ('blog_examples', '0001_initial'),
    ]

    operations = [
        migrations.CreateModel(
            name='SomeDataModel',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(blank=True, max_length=255)),
                ('stored_field', models.JSONField(blank=True)),
            ],
        ),
    ]
