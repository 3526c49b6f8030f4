"""Shared by the importers' file readers (pure: pandas, no Django): the error that names lines and fields, and
opening a data file — a path or its bytes, gzipped or not, CSV in UTF-8 or GB18030."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd


class FileErrors(ValueError):
    """A file that cannot be imported; ``errors`` lists (line, field, message). The message names the file and the
    first ten errors by line and field."""

    def __init__(self, path: str, errors: list[tuple[int | None, str | None, str]]):
        self.path = path
        self.errors = errors
        head = "; ".join(
            (f"line {ln}" + (f", {fld}" if fld else "") if ln else (fld or "file")) + f": {msg}"
            for ln, fld, msg in errors[:10]
        )
        more = f" (and {len(errors) - 10} more)" if len(errors) > 10 else ""
        super().__init__(f"{path}: {head}{more}")


def read_bytes(source: str | Path | bytes, name: str | None, error: type[FileErrors]) -> tuple[bytes, str]:
    """The file's bytes (``source`` is a path, or the bytes themselves named by ``name``), gunzipped if gzipped.
    An empty or damaged file raises ``error``."""
    if isinstance(source, bytes):
        raw, name = source, name or "<upload>"
    else:
        name = str(source)
        raw = Path(source).read_bytes()
    if raw[:2] == b"\x1f\x8b":
        import gzip

        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError) as exc:
            raise error(name, [(None, None, f"damaged gzip file: {exc}")]) from None
    if not raw.strip():
        raise error(name, [(None, None, "empty file")])
    return raw, name


def read_csv(raw: bytes, name: str, error: type[FileErrors], **kwargs) -> pd.DataFrame:
    """A CSV table in UTF-8 (with or without BOM) or GB18030, with pandas' C parser; headers stripped."""
    for enc in ("utf-8-sig", "gb18030"):
        try:
            df = pd.read_csv(io.BytesIO(raw), encoding=enc, **kwargs)
            break
        except UnicodeDecodeError:
            continue
        except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
            raise error(name, [(None, None, f"not a CSV table: {exc}")]) from None
    else:
        raise error(name, [(None, None, "not UTF-8 or GB18030 text")])
    df.columns = [str(c).strip() for c in df.columns]
    return df
