# excerpt of iktakahiro/dddpy@f9a2cfe542b7:dddpy/usecase/todo/__init__.py
from dddpy.usecase.todo.complete_todo_usecase import (
    CompleteTodoUseCase,
    new_complete_todo_usecase,
)

from dddpy.usecase.todo.create_todo_usecase import (
    CreateTodoUseCase,
    new_create_todo_usecase,
)

from dddpy.usecase.todo.delete_todo_usecase import (
    DeleteTodoUseCase,
    new_delete_todo_usecase,
)

from dddpy.usecase.todo.find_todo_by_id_usecase import (
    FindTodoByIdUseCase,
    new_find_todo_by_id_usecase,
)

from dddpy.usecase.todo.find_todos_usecase import (
    FindTodosUseCase,
    new_find_todos_usecase,
)

from dddpy.usecase.todo.start_todo_usecase import (
    StartTodoUseCase,
    new_start_todo_usecase,
)

from dddpy.usecase.todo.update_todo_usecase import (
    UpdateTodoUseCase,
    new_update_todo_usecase,
)
