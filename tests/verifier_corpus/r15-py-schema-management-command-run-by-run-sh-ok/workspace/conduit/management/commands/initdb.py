from django.core.management.base import BaseCommand

from conduit.db import init_db


class Command(BaseCommand):
    def handle(self, *args, **options):
        init_db()
