GET_ARTICLE = 'SELECT * FROM articles WHERE slug = :slug'
