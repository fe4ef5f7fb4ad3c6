"""Create the tables (run once after provisioning a new database: `python -m scripts.init_db`)."""
from app.repositories.database import create_schema

if __name__ == "__main__":
    create_schema()
    print("schema created")
