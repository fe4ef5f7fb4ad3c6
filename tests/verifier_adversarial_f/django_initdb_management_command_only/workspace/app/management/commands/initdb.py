from django.core.management.base import BaseCommand

from app.db import init_db


class Command(BaseCommand):
    help = "Create the Conduit tables in the SQLite database."

    def handle(self, *args, **options):
        init_db()
        self.stdout.write(self.style.SUCCESS("schema created"))
