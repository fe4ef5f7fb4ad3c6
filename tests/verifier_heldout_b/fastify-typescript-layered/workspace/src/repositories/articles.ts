// Data access for articles, tags, favorites and comments.
import { Op } from 'sequelize';
import { Article, Comment, Favorite, Tag, User } from '../models/index.js';

const withAuthor = [{ model: User, as: 'author' }];

class ArticleRepository {
  findBySlug(slug) { return Article.findOne({ where: { slug }, include: withAuthor }); }

  async search({ tag, author, favorited, authorIds, limit = 20, offset = 0 }) {
    const where = {};
    const include = [...withAuthor];
    if (tag) include.push({ model: Tag, as: 'tags', where: { name: tag }, attributes: [] });
    if (author) include[0] = { model: User, as: 'author', where: { username: author } };
    if (favorited) {
      const fan = await User.findOne({ where: { username: favorited } });
      const favs = fan ? await Favorite.findAll({ where: { userId: fan.id }, attributes: ['articleId'] }) : [];
      where.id = { [Op.in]: favs.map((f) => f.articleId) };
    }
    if (authorIds) where.authorId = { [Op.in]: authorIds };
    const { rows, count } = await Article.findAndCountAll({
      where, include, limit, offset, distinct: true, order: [['createdAt', 'DESC'], ['id', 'DESC']],
    });
    return { rows, count };
  }

  async create(fields, tagNames) {
    const article = await Article.create({ ...fields, tagList: tagNames });
    await this.#setTags(article, tagNames);
    return this.findBySlug(article.slug);
  }

  async update(article, changes, tagNames) {
    await article.update(tagNames ? { ...changes, tagList: tagNames } : changes);
    if (tagNames) await this.#setTags(article, tagNames);
    return this.findBySlug(article.slug);
  }

  async #setTags(article, names) {
    const tags = [];
    for (const name of names) {
      const [tag] = await Tag.findOrCreate({ where: { name } });
      tags.push(tag);
    }
    await article.setTags(tags);
  }

  remove(article) { return article.destroy(); }

  async allTags() {
    const tags = await Tag.findAll({ order: [['name', 'ASC']] });
    return tags.map((tag) => tag.name);
  }

  favoritesCount(articleId) { return Favorite.count({ where: { articleId } }); }
  async isFavorited(userId, articleId) { return (await Favorite.count({ where: { userId, articleId } })) > 0; }
  async favorite(userId, articleId) { await Favorite.findOrCreate({ where: { userId, articleId } }); }
  async unfavorite(userId, articleId) { await Favorite.destroy({ where: { userId, articleId } }); }

  comments(articleId) {
    return Comment.findAll({ where: { articleId }, include: withAuthor, order: [['createdAt', 'DESC']] });
  }
  async addComment(fields) {
    const comment = await Comment.create(fields);
    return Comment.findByPk(comment.id, { include: withAuthor });
  }
  findComment(id) { return Comment.findByPk(id); }
  removeComment(comment) { return comment.destroy(); }
}

export { ArticleRepository };
