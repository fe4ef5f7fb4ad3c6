"""Copy the live database into SQLITE_PATH (run from cron)."""
import sqlite3

from app.db import engine
from app.settings import settings

if __name__ == "__main__":
    raw = engine.raw_connection()
    target = sqlite3.connect(settings.sqlite_path)
    raw.driver_connection.backup(target)
    target.close()
    raw.close()
