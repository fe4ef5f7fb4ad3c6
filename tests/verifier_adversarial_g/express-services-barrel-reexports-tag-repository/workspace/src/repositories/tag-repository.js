/** Tag names; tags are created by the article repository when articles are saved. */
export class TagRepository {
  constructor({ Tag }) {
    this.Tag = Tag;
  }

  async allNames() {
    const rows = await this.Tag.findAll({ attributes: ['name'], order: [['name', 'ASC']] });
    return rows.map((row) => row.name);
  }
}
