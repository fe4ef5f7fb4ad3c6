import os

DATABASE_URL = os.environ.get("DATABASE_URL", "sqlite:///conduit.db")
DB_FILE = DATABASE_URL.removeprefix("sqlite:///")
PORT = int(os.environ.get("PORT", "3000"))
