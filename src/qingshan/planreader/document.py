"""A document as read: its text (what spans index into) and the tables in it, each cell a span of that text.

Loaders (``loader.py``) build one with :class:`Builder`: paragraphs become lines, a table becomes one line per row
with its cells separated by tabs (a cell's own line breaks kept), so the review page shows the table as the document
has it and every unit or target found in a cell points at the cell. Merged cells are written once; the cells they
cover point at it (``origin``), which is how a unit written once for three rows is carried down.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(eq=False)
class Cell:
    start: int  # offsets of the cell's text in Document.text
    end: int
    text: str
    origin: Cell | None = None  # the merged cell this one is covered by (above it, or to its left)
    #: A cell written over several lines of a text table ("六横镇 |" / "人民政府 |", or one cell per line): for
    #: each piece after the first, (index in ``text`` where it starts, its offset in the document). ``text`` is the
    #: pieces joined.
    pieces: tuple[tuple[int, int], ...] = ()

    def offset(self, i: int) -> int:
        """Document offset of character ``i`` of ``text``."""
        at, base = 0, self.start
        for k, off in self.pieces:
            if i >= k:
                at, base = k, off
        return base + i - at

    @property
    def source(self) -> Cell:
        cell = self
        while cell.origin is not None:
            cell = cell.origin
        return cell

    @property
    def value(self) -> str:
        return self.source.text.strip()


@dataclass
class Table:
    rows: list[list[Cell]]
    start: int
    end: int
    kind: str  # docx, xlsx, xls, pdf, text
    name: str = ""  # the sheet's name, for spreadsheets


@dataclass
class Document:
    text: str
    tables: list[Table] = field(default_factory=list)
    kind: str = "text"


class Builder:
    """Appends paragraphs and tables, keeping each cell's offsets."""

    def __init__(self, kind: str):
        self.kind = kind
        self.parts: list[str] = []
        self.pos = 0
        self.tables: list[Table] = []

    def _write(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def paragraph(self, text: str) -> None:
        if self.pos:
            self._write("\n")
        self._write(text)

    def table(self, rows: list[list[tuple[str, tuple[int, int] | None]]], name: str = "") -> None:
        """``rows``: per row, per cell (text, origin) where origin is the (row, column) index of the merged cell
        covering it, or None for a cell of its own. Covered cells are written as empty cells; cells covered from
        the left (a horizontal merge) are not written at all."""
        if not rows:
            return
        if self.pos:
            self._write("\n")
        start = self.pos
        grid: list[list[Cell]] = []
        for r, row in enumerate(rows):
            if r:
                self._write("\n")
            cells: list[Cell] = []
            written = 0
            for text, origin in row:
                if origin is not None and origin[0] == r:  # covered from the left: not written
                    cells.append(Cell(self.pos, self.pos, "", grid_origin(grid, cells, origin)))
                    continue
                if written:
                    self._write("\t")
                written += 1
                s = "" if origin is not None else text.replace("\t", " ").replace("\r", "")
                cell = Cell(self.pos, self.pos + len(s), s)
                if origin is not None:
                    cell.origin = grid_origin(grid, cells, origin)
                self._write(s)
                cells.append(cell)
            grid.append(cells)
        self.tables.append(Table(grid, start, self.pos, self.kind, name))

    def document(self) -> Document:
        return Document("".join(self.parts), self.tables, self.kind)


def grid_origin(grid: list[list[Cell]], current: list[Cell], origin: tuple[int, int]) -> Cell | None:
    r, c = origin
    row = current if r == len(grid) else grid[r] if r < len(grid) else None
    if row is None or c >= len(row):
        return None
    return row[c].source
