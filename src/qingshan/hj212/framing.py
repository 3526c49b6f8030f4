"""Cutting a TCP byte stream into HJ 212 frames: packets split across reads, several packets in one read, noise
between them, and frames whose length field lies.

A frame is ``##`` + 4-digit length L + L bytes + 4 hex CRC + ``\\r\\n`` (HJ 212-2017 §6.3.1). The framer trusts
the length field first; when the bytes at the declared end are not ``\\r\\n`` it looks for the frame's real end —
``&&`` + 4 hex digits + ``\\r\\n`` — and hands that frame over as a :class:`Bad` with reason ``length`` (so one
lying device costs one packet, never the packets after it). Bytes before a ``##`` are :class:`Bad` ``garbage``
(MODBUS-TCP polls, line noise, a fragment whose head was lost); bare line ends between frames are ignored.
A partial frame waits for more bytes up to the largest frame the length field allows; the server's read timeout
ends a connection that stays partial.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import Reason

#: ## + 4 + 9999 + 4 + \r\n
MAX_FRAME = 2 + 4 + 9999 + 4 + 2
_END = re.compile(rb"&&[0-9A-Fa-f]{4}\r\n")


@dataclass(frozen=True, slots=True)
class Frame:
    raw: bytes  # ##LLLL…CCCC\r\n


@dataclass(frozen=True, slots=True)
class Bad:
    raw: bytes
    reason: Reason
    detail: str = ""


class Framer:
    """Per-connection reassembly of frames from reads. ``feed(bytes)`` returns the frames and bad chunks now
    complete, in stream order; ``pending`` is the number of bytes held for an incomplete frame."""

    __slots__ = ("_buf",)

    def __init__(self) -> None:
        self._buf = bytearray()

    @property
    def pending(self) -> int:
        return len(self._buf)

    def feed(self, data: bytes) -> list[Frame | Bad]:
        buf = self._buf
        buf += data
        out: list[Frame | Bad] = []
        while buf:
            start = buf.find(b"##")
            if start < 0:
                # Keep a lone trailing '#': it may be the first half of the next '##'.
                keep = 1 if buf.endswith(b"#") else 0
                self._junk(out, bytes(buf[: len(buf) - keep]))
                del buf[: len(buf) - keep]
                break
            if start:
                self._junk(out, bytes(buf[:start]))
                del buf[:start]
            if len(buf) < 6:
                break
            length_field = bytes(buf[2:6])
            if not length_field.isdigit():
                end = self._real_end(buf, 2)
                if end is None:
                    nxt = buf.find(b"##", 2)
                    if nxt < 0 and len(buf) < MAX_FRAME:
                        break
                    end = nxt if nxt > 0 else len(buf)
                out.append(Bad(bytes(buf[:end]), Reason.LENGTH, "length field is not 4 digits"))
                del buf[:end]
                continue
            declared_end = 6 + int(length_field) + 6
            if len(buf) >= declared_end and buf[declared_end - 2 : declared_end] == b"\r\n":
                out.append(Frame(bytes(buf[:declared_end])))
                del buf[:declared_end]
                continue
            real_end = self._real_end(buf, 6)
            if real_end is not None and (real_end < declared_end or len(buf) >= declared_end):
                nxt = buf.find(b"##", 2, real_end)
                if nxt > 0:
                    # A truncated frame followed by the next one: drop only the truncated part.
                    out.append(Bad(bytes(buf[:nxt]), Reason.LENGTH, "frame cut short before the next ##"))
                    del buf[:nxt]
                    continue
                # The frame ends elsewhere than its length field says. HJ 212 counts "ASCII characters": a device
                # that counts UTF-8 Chinese as characters gets its frame read anyway (the parser decides).
                raw = bytes(buf[:real_end])
                if _char_length_matches(raw):
                    out.append(Frame(raw))
                else:
                    out.append(Bad(raw, Reason.LENGTH, f"length field {int(length_field)} ≠ {real_end - 12}"))
                del buf[:real_end]
                continue
            if len(buf) >= MAX_FRAME:
                nxt = buf.find(b"##", 2)
                end = nxt if nxt > 0 else len(buf)
                out.append(Bad(bytes(buf[:end]), Reason.LENGTH, "no frame end within the largest frame"))
                del buf[:end]
                continue
            break
        return out

    @staticmethod
    def _real_end(buf: bytearray, at: int) -> int | None:
        m = _END.search(buf, at)
        return m.end() if m else None

    @staticmethod
    def _junk(out: list, raw: bytes) -> None:
        if raw.strip(b"\r\n\x00 "):
            out.append(Bad(raw, Reason.GARBAGE, f"{len(raw)} bytes outside a frame"))


def _char_length_matches(raw: bytes) -> bool:
    try:
        return int(raw[2:6]) == len(raw[6:-6].decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return False
