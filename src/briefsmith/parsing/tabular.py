"""CSV goal files: what spreadsheets export, one goal per row under a header."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from briefsmith.errors import InputError
from briefsmith.parsing.draft import Draft
from briefsmith.parsing.records import Records
from briefsmith.parsing.values import short

if TYPE_CHECKING:
    from briefsmith.parsing.source import Source

_DELIMITERS = (",", ";", "\t")


def parse_csv(source: Source) -> list[Draft]:
    path = source.path
    records = Records(path, source.limits)
    rows = csv_records(
        source, lambda names, line: _check_header(names, path, line), errors=records.errors
    )
    for record, line in rows:
        records.add(record, line)
    source.errors.extend(records.errors)
    if not records.drafts and not records.errors:
        raise InputError(path, "no goals found (add rows under the header)")
    return records.drafts


def csv_records(
    source: Source,
    check_header: Callable[[list[str], int], None],
    *,
    errors: list[InputError] | None = None,
) -> Iterator[tuple[dict[str, str], int]]:
    """Each row under the header as ``{column: cell}`` with the line it starts on.

    The delimiter is whichever of ``,`` ``;`` tab the header uses most; column names are
    lower-cased with whitespace collapsed and handed to ``check_header`` (with the
    header's line) to reject; blank rows are skipped; a row with more cells than the
    header, or a CSV syntax error, is one ``InputError`` naming the line — raised, or,
    given ``errors``, added to it: a bad row is skipped and a syntax error ends the rows.
    """
    path = source.path
    header_line = next(line for line in source.text.split("\n") if line.strip())
    delimiter = max(_DELIMITERS, key=header_line.count)
    reader = csv.reader(io.StringIO(source.text, newline=""), delimiter=delimiter, strict=True)
    header: list[str] | None = None
    last = 0
    try:
        for row in reader:
            start, last = last + 1, reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if header is None:
                header = [" ".join(cell.split()).lower() for cell in row]
                check_header(header, start)
                continue
            if len(row) > len(header) and any(cell.strip() for cell in row[len(header) :]):
                msg = f"row has {len(row)} cells but the header has {len(header)}"
                if errors is None:
                    raise InputError(path, msg, line=start)
                errors.append(InputError(path, msg, line=start))
                continue
            yield {name: cell for name, cell in zip(header, row, strict=False) if name}, start
    except csv.Error as exc:
        msg = f"invalid CSV: {' '.join(str(exc).split())}"
        error = InputError(path, msg, line=reader.line_num or None)
        if errors is None or header is None:
            raise error from exc
        errors.append(error)


def _check_header(names: list[str], path: str, line: int) -> None:
    if "goal" not in names and "statement" not in names:
        msg = "the CSV header has no 'goal' (or 'statement') column"
        raise InputError(path, msg, line=line)
    seen: set[str] = set()
    for name in names:
        if name and name in seen:
            raise InputError(path, f"the CSV header repeats the column '{short(name)}'", line=line)
        seen.add(name)
