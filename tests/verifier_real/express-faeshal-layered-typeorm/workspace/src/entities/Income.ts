// excerpt of https://github.com/Faeshal/nodets-layered-architecture@e1d9e1f5ba6e:src/entities/Income.ts
import {
  Entity,
  PrimaryGeneratedColumn,
  Column,
  CreateDateColumn,
  UpdateDateColumn,
  ManyToOne,
  ManyToMany,
  JoinTable,
  DeleteDateColumn,
} from "typeorm";

import { User } from "./User";

import { Category } from "./Category";

import dateFmt from "../utils/dateFmt";

@Entity()
export class Income {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "varchar" })
  name: string;

  @Column({ type: "decimal" })
  value: number;

  @CreateDateColumn({ precision: 0, transformer: dateFmt })
  createdAt: Date;

  @UpdateDateColumn({ precision: 0, transformer: dateFmt })
  updatedAt: Date;

  @DeleteDateColumn({ precision: 0 })
  deletedAt: Date;

  @ManyToOne(() => User, (user) => user.incomes)
  user: User;

  @ManyToMany(() => Category, (category: any) => category.incomes)
  @JoinTable()
  categories: Category[];
}
