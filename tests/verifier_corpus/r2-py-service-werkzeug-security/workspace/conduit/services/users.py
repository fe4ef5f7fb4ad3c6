from werkzeug.security import check_password_hash, generate_password_hash


def hash_password(raw):
    return generate_password_hash(raw)
