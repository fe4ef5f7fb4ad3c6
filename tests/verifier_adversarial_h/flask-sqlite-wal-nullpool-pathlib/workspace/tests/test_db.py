import importlib


def test_database_file_is_absolute(monkeypatch, tmp_path):
    target = tmp_path / "conduit.sqlite"
    monkeypatch.setenv("SQLITE_PATH", str(target))
    import conduit.db as db

    db = importlib.reload(db)
    db.init_db()
    assert db.DB_FILE == target
    assert target.exists()
