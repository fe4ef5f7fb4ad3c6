class TokenRouter:
    """Revoked tokens are hot and disposable: keep them out of the main database."""

    def db_for_read(self, model, **hints):
        return "sessions" if model._meta.model_name == "revokedtoken" else None

    db_for_write = db_for_read

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        if model_name == "revokedtoken":
            return db == "sessions"
        return db == "default"
