from models.profile import Profile
from repositories.connection import connect


def find_profile(username: str) -> Profile | None:
    with connect() as conn:
        row = conn.execute("SELECT id, username, bio, image FROM users WHERE username = ?", (username,)).fetchone()
    return Profile(row["id"], row["username"], row["bio"], row["image"]) if row else None
