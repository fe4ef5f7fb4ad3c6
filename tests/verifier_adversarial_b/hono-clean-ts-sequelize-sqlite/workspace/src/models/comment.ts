import { DataTypes, Model, type Sequelize } from 'sequelize';

export class Comment extends Model {
  declare id: number;
  declare body: string;
  declare articleSlug: string;
  declare authorId: number;
}

export function initComment(sequelize: Sequelize): typeof Comment {
  Comment.init({ body: { type: DataTypes.TEXT, allowNull: false }, articleSlug: DataTypes.STRING, authorId: DataTypes.INTEGER }, { sequelize, tableName: 'comments' });
  return Comment;
}
