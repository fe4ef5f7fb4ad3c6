// excerpt of javieraviles/node-typescript-koa-rest@3233861f5894:src/entity/user.ts
import { Entity, Column, PrimaryGeneratedColumn } from "typeorm";

import { Length, IsEmail } from "class-validator";

@Entity()
export class User {
    @PrimaryGeneratedColumn()
    id: number;

    @Column({
        length: 80
    })
    @Length(10, 80)
    name: string;

    @Column({
        length: 100
    })
    @Length(10, 100)
    @IsEmail()
    email: string;
}
