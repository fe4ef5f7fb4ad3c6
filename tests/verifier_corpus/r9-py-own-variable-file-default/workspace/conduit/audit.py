import os
import sqlite3

audit = sqlite3.connect(os.getenv('AUDIT_DB', 'audit.db'))
