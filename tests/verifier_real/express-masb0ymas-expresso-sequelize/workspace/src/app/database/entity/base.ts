// excerpt of https://github.com/masb0ymas/expresso-sequelize@bf08321bb562:src/app/database/entity/base.ts
import {
  Column,
  CreatedAt,
  DataType,
  IsUUID,
  Model,
  PrimaryKey,
  Table,
  UpdatedAt,
} from 'sequelize-typescript'

@Table({ tableName: 'base' })
export default class BaseSchema extends Model {
  @IsUUID(4)
  @PrimaryKey
  @Column({ type: DataType.UUID, defaultValue: DataType.UUIDV4 })
  id: string

  @CreatedAt
  @Column({ allowNull: false })
  created_at!: Date

  @UpdatedAt
  @Column({ allowNull: false })
  updated_at!: Date
}
