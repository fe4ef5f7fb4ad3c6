// excerpt of KamilMarzynski/fastify-clean-architecture-example@c8f164acf6dc:src/app/to-do/domain/to-do.entity.ts
import { type UserId } from '../../../_lib/_sharedKernel'

import { type Entity, type EntityId } from '../../../_lib/core'

export class ToDo implements Entity<ToDoId, ToDoProps> {
  constructor (readonly id: ToDoId, readonly props: ToDoProps) { }

  public static create (id: ToDoId, props: Omit<ToDoProps, 'isCompleted'>): ToDo {
    return new ToDo(id, { ...props, isCompleted: false })
  }

  public complete (): ToDo {
    return new ToDo(this.id, { ...this.props, isCompleted: true })
  }

  public update (title: string, description: string): ToDo {
    return new ToDo(this.id, { ...this.props, title, description })
  }
}
