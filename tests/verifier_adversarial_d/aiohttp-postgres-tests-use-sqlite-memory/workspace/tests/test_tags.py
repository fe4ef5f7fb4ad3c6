async def test_tags_empty(client):
    resp = await client.get("/api/tags")
    assert resp.status == 200
    assert (await resp.json()) == {"tags": []}
