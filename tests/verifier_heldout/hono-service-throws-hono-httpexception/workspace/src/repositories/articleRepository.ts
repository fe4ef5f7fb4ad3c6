import { Article, Tag, User } from '../models/index.js';

const relations = [
  { model: User, as: 'author' },
  { model: Tag, as: 'tags', through: { attributes: [] } },
  { model: User, as: 'favoritedBy', attributes: ['id'], through: { attributes: [] } },
];

export interface ArticleFilters {
  tag?: string;
  author?: string;
  favorited?: string;
  limit: number;
  offset: number;
}

export const articleRepository = {
  findBySlug(slug: string) {
    return Article.findOne({ where: { slug }, include: relations });
  },

  async list({ tag, author, limit, offset }: ArticleFilters) {
    const { rows, count } = await Article.findAndCountAll({
      include: [
        { model: User, as: 'author', ...(author ? { where: { username: author } } : {}) },
        { model: Tag, as: 'tags', through: { attributes: [] }, ...(tag ? { where: { name: tag } } : {}) },
        { model: User, as: 'favoritedBy', attributes: ['id'], through: { attributes: [] } },
      ],
      distinct: true,
      order: [['createdAt', 'DESC']],
      limit,
      offset,
    });
    return { rows, count };
  },

  async create(fields: { authorId: number; slug: string; title: string; description: string; body: string }, tagList: string[]) {
    const article = await Article.create(fields);
    const tags = await Promise.all(tagList.map(async (name) => (await Tag.findOrCreate({ where: { name } }))[0]));
    await (article as any).setTags(tags);
    return this.findBySlug(fields.slug);
  },

  async allTags(): Promise<string[]> {
    return (await Tag.findAll({ order: [['name', 'ASC']] })).map((t) => t.name);
  },

  findUserById(id: number) {
    return User.findByPk(id);
  },
};
