import os
import sqlite3
from pathlib import Path

index = sqlite3.connect(Path(os.environ['SQLITE_PATH']).with_name('search.sqlite3'))
