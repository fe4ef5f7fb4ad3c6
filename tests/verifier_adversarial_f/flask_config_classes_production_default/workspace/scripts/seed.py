"""Fill a development database with a couple of users and articles."""
from app.db import init_db
from app.services import articles, users

if __name__ == "__main__":
    init_db()
    alice = users.register({"username": "alice", "email": "alice@example.com", "password": "password123"})
    print("seeded", alice["username"])
