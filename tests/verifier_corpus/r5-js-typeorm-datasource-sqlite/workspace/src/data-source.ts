import { DataSource } from 'typeorm';

export const AppDataSource = new DataSource({ type: 'sqlite', database: 'conduit.sqlite', synchronize: true });
