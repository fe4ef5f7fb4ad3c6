def test_health(client):
    assert client.get("/api/health-check").status_code == 200


def test_tags_empty(client):
    assert client.get("/api/tags").get_json() == {"tags": []}
