"""python scripts/seed_demo.py -- fill a fresh database with demo tags."""
import os
import sqlite3

DEMO_TAGS = ["dragons", "training", "angularjs", "reactjs", "welcome"]

with sqlite3.connect(os.environ["SQLITE_PATH"]) as conn:
    conn.executemany("INSERT OR IGNORE INTO tags (name) VALUES (?)", [(t,) for t in DEMO_TAGS])
print(f"seeded {len(DEMO_TAGS)} tags")
