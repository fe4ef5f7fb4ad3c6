import json
from pathlib import Path


class BookmarkRepository:
    def __init__(self, path: Path):
        self.path = path

    def save(self, marks: dict) -> None:
        self.path.write_text(json.dumps(marks))
