def test_unknown_article_is_404(client):
    response = client.get("/api/articles/nope")
    assert response.status_code == 404
    assert response.json() == {"errors": {"body": ["article not found"]}}
