# excerpt of https://github.com/c4ffein/realworld-django-htmx@554721d279be:helpers/tests.py
from sqlite3 import IntegrityError as SQLiteIntegrityError

from unittest import TestCase

from django.db import IntegrityError

from helpers.exceptions import clean_integrity_error

class CleanIntegrityErrorTest(TestCase):
    def test_sqlite_unique_violation(self):
        """SQLite format: 'UNIQUE constraint failed: accounts_user.email'"""
        cause = SQLiteIntegrityError("UNIQUE constraint failed: accounts_user.email")
        error = IntegrityError()
        error.__cause__ = cause
        self.assertEqual(clean_integrity_error(error), "email")

    def test_sqlite_unique_violation_username(self):
        cause = SQLiteIntegrityError("UNIQUE constraint failed: accounts_user.username")
        error = IntegrityError()
        error.__cause__ = cause
        self.assertEqual(clean_integrity_error(error), "username")

    def test_returns_none_for_unknown_format(self):
        error = IntegrityError()
        error.__cause__ = None
        self.assertIsNone(clean_integrity_error(error))

    def test_returns_none_for_malformed_message(self):
        cause = SQLiteIntegrityError("something unexpected")
        error = IntegrityError()
        error.__cause__ = cause
        self.assertIsNone(clean_integrity_error(error))
