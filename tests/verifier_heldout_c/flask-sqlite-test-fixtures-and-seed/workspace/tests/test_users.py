def test_register_then_login(client):
    r = client.post("/api/users", json={"user": {"username": "ann", "email": "ann@x.io", "password": "secret123"}})
    assert r.status_code == 201
    r = client.post("/api/users/login", json={"user": {"email": "ann@x.io", "password": "secret123"}})
    assert r.get_json()["user"]["username"] == "ann"
