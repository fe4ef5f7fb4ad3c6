from django.core.management.base import BaseCommand

from app.db import init_db


class Command(BaseCommand):
    help = "Create the Conduit tables if they do not exist yet."

    def handle(self, *args, **options):
        init_db()
        self.stdout.write("schema ready")
