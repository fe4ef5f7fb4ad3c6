// excerpt of mowais-10p/koa-sequelize-ts-postgres-starter@8957be1475cf:src/models/role.ts
import * as Sequelize from 'sequelize';

export interface IRoleModel extends Sequelize.Instance<IRoleAttributes> {
    ID: string;
    Role: string;
}

export const defineRole = (sequelize: Sequelize.Sequelize) => {
    const Role = sequelize.define('Role', {
        ID: {
            type: Sequelize.UUIDV4,
            primaryKey: true
        },
        Role: Sequelize.STRING
    }, {
            freezeTableName: true,
            timestamps: false
        });
    return Role;
};
