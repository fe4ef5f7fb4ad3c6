import { Sequelize } from 'sequelize';
import { initComment } from './models/comment';
import { CommentRepository } from './repositories/commentRepository';
import { CommentService } from './services/commentService';

export const sequelize = new Sequelize({ dialect: 'sqlite', storage: process.env.SQLITE_PATH, logging: false });
initComment(sequelize);

export const commentService = new CommentService(new CommentRepository());
