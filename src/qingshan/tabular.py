"""Shared by the importers' file readers (pure: pandas, no Django): the error that names lines and fields, and
opening a data file — a path or its bytes, gzipped or not, CSV in UTF-8 or GB18030.

Gzipped input is inflated in bounded steps: more than :func:`inflate_limit` bytes of output (the smaller of
``QINGSHAN_MAX_INFLATED_MB``, default 1024 MB, and ``QINGSHAN_MAX_INFLATE_RATIO`` × the compressed size, default
100×) is refused as soon as it is reached, so a small "gzip bomb" costs a fraction of a second, not the machine's
memory. Real monitoring CSVs compress 5–20×.
"""

from __future__ import annotations

import io
import os
import zlib
from pathlib import Path

import pandas as pd

MAX_INFLATED_MB = 1024  # default ceiling on a gzipped file's inflated size
MAX_INFLATE_RATIO = 100  # default ceiling on inflated / compressed size
_CHUNK = 1 << 20


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
        raw = inflate(raw, name, error)
    if not raw.strip():
        raise error(name, [(None, None, "empty file")])
    return raw, name


def inflate_limit(compressed_size: int) -> int:
    """Largest inflated size accepted for a gzip file of ``compressed_size`` bytes (see the module note)."""
    mb = float(os.environ.get("QINGSHAN_MAX_INFLATED_MB", MAX_INFLATED_MB))
    ratio = float(os.environ.get("QINGSHAN_MAX_INFLATE_RATIO", MAX_INFLATE_RATIO))
    return int(min(mb * 1024 * 1024, max(ratio * compressed_size, _CHUNK)))


def inflate(raw: bytes, name: str, error: type[FileErrors], limit: int | None = None) -> bytes:
    """Gunzip ``raw`` (every member of a multi-member file), refusing output beyond ``limit`` bytes as soon as it is
    produced. zlib with ``max_length`` because ``gzip.decompress`` has no bound on what it allocates."""
    limit = inflate_limit(len(raw)) if limit is None else limit
    out: list[bytes] = []
    size = 0
    data = raw
    try:
        while data:
            d = zlib.decompressobj(16 + zlib.MAX_WBITS)
            chunk = d.decompress(data, _CHUNK)
            while True:
                size += len(chunk)
                if size > limit:
                    raise error(
                        name,
                        [
                            (
                                None,
                                None,
                                f"gzip file inflates beyond {limit // (1024 * 1024)} MB "
                                f"({len(raw):,} bytes compressed): refused (QINGSHAN_MAX_INFLATED_MB, "
                                "QINGSHAN_MAX_INFLATE_RATIO)",
                            )
                        ],
                    )
                out.append(chunk)
                if d.eof or not d.unconsumed_tail:
                    break
                chunk = d.decompress(d.unconsumed_tail, _CHUNK)
            if not d.eof:
                raise error(name, [(None, None, "damaged gzip file: it ends before its last block")])
            data = d.unused_data.lstrip(b"\x00")
            if data and data[:2] != b"\x1f\x8b":
                break  # trailing garbage after the last member, as gzip tools ignore it
    except zlib.error as exc:
        raise error(name, [(None, None, f"damaged gzip file: {exc}")]) from None
    return b"".join(out)


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
