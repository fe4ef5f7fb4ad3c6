"""Study tables in a terminal of any width (80 columns and up).

A table with a ``config`` column and several configurations is printed once per configuration;
a table still wider than the console is split into column blocks, each repeating the row label,
so no line is ever wider than the console and nothing is cut. The width is the terminal's, or
``COLUMNS`` when set (also when piped), else 80.
"""

from __future__ import annotations

import os
import re
import sys

import pandas as pd
from rich import box
from rich.console import Console
from rich.table import Table

from decaybench.analysis.tables import StudyTable

DEFAULT_WIDTH = 80
_CELL_PADDING = 3  # one space either side of every cell, and the divider between columns
_NUMERIC = re.compile(r"^[-+\d.,%()±\[\]/ $–sv]*$")  # figures are right-aligned, words left


def console_width(stream=None) -> int:
    """``COLUMNS`` when set to a number, else the terminal's width, else 80."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    stream = stream or sys.stdout
    if stream.isatty():
        try:
            return os.get_terminal_size(stream.fileno()).columns
        except OSError:
            pass
    return DEFAULT_WIDTH


def make_console(stream=None) -> Console:
    return Console(file=stream, width=console_width(stream), soft_wrap=False)


def _width(frame: pd.DataFrame, column: str) -> int:
    cells = [len(str(v)) for v in frame[column].tolist()]
    return max([len(str(column)), *cells]) + _CELL_PADDING


def column_blocks(frame: pd.DataFrame, width: int) -> list[list[str]]:
    """Split the columns into blocks that fit ``width``; the first column starts every block."""
    columns = list(frame.columns)
    if len(columns) <= 1:
        return [columns]
    key, rest = columns[0], columns[1:]
    # a line is the cells, 3 between columns (padding, divider, padding) and an edge either side
    budget = width + 1 - _width(frame, key)
    blocks: list[list[str]] = []
    current: list[str] = []
    used = 0
    for column in rest:
        need = _width(frame, column)
        if current and used + need > budget:
            blocks.append([key, *current])
            current, used = [], 0
        current.append(column)
        used += need
    blocks.append([key, *current])
    return blocks


def rich_tables(table: StudyTable, width: int, *, multi: bool | None = None) -> list[Table]:
    """The rich tables that show ``table`` within ``width`` columns."""
    frame = table.display
    parts: list[tuple[str, pd.DataFrame]] = [(table.title, frame)]
    if "config" in frame.columns and not frame.empty:
        configs = list(dict.fromkeys(frame["config"].tolist()))
        if multi is None:
            multi = len(configs) > 1
        rest = frame.drop(columns=["config"])
        if multi:
            parts = [(f"{table.title} — {c}", rest[frame["config"] == c].reset_index(drop=True)) for c in configs]
        else:
            parts = [(table.title, rest)]
    out = []
    for title, part in parts:
        blocks = column_blocks(part, width)
        for number, columns in enumerate(blocks, start=1):
            suffix = f" ({number}/{len(blocks)})" if len(blocks) > 1 else ""
            rich = Table(
                title=title + suffix, box=box.SIMPLE_HEAD, padding=(0, 1), pad_edge=False, title_justify="left"
            )
            for i, column in enumerate(columns):
                numeric = i > 0 and all(_NUMERIC.match(str(v)) for v in part[column].tolist())
                rich.add_column(str(column), justify="right" if numeric else "left", overflow="fold")
            for row in part[columns].itertuples(index=False):
                rich.add_row(*(str(v) for v in row))
            out.append(rich)
    return out


def print_table(table: StudyTable, console: Console, *, caption: bool = True) -> None:
    if table.display.empty:
        console.print(f"[bold]{table.title}[/bold]: {table.caption}", soft_wrap=False)
        return
    for rich in rich_tables(table, console.width):
        console.print(rich)
    if caption:
        console.print(f"[dim]{table.caption}[/dim]")
