class SocialRouter:
    """Route the high-write social graph away from the main database."""

    app = "social"

    def db_for_read(self, model, **hints):
        return "social" if model._meta.app_label == self.app else None

    def db_for_write(self, model, **hints):
        return "social" if model._meta.app_label == self.app else None

    def allow_relation(self, obj1, obj2, **hints):
        return True

    def allow_migrate(self, db, app_label, **hints):
        if app_label == self.app:
            return db == "social"
        return db == "default"
