import os
from dotenv import load_dotenv

# make sure the project's .env is authoritative (avoid stale shell exports)
load_dotenv(override=True)

SQLITE_PATH = os.environ["SQLITE_PATH"]
SECRET_KEY = os.environ.get("SECRET_KEY", "dev")
PORT = int(os.environ.get("PORT", 5000))
