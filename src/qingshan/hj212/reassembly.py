"""Multi-packet messages (HJ 212-2017 Table 3, Appendix C.49/C.50): a long message is sent as PNUM packets, each
with Flag bit D set, its number PNO and, in the standard's example, its own QN and the message's DataTime.

Packets of one message are recognised by (MN, ST, CN, PNUM, DataTime) — the QN differs from part to part in
Appendix C, so it cannot be the key. A part without its own DataTime (PNO > 1) joins the open message of the same
(MN, ST, CN, PNUM) that has one. When all PNO 1…PNUM are in, :meth:`Reassembler.add` returns one packet with the
factors of every part in PNO order; a repeated part replaces the earlier copy. Incomplete messages are dropped
after ``ttl`` seconds (``expire``)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from .packet import Packet


@dataclass
class _Message:
    parts: dict[int, Packet] = field(default_factory=dict)
    first_seen: float = 0.0


class Reassembler:
    def __init__(self, ttl: float = 600.0, max_open: int = 10_000) -> None:
        self.ttl = ttl
        self.max_open = max_open
        self._open: dict[tuple, _Message] = {}

    @staticmethod
    def _key(p: Packet) -> tuple:
        return (p.mn, p.st, p.cn, p.pnum, p.data_time)

    def add(self, packet: Packet, now: float | None = None) -> Packet | None:
        """Add a packet; a whole packet comes back at once, a part only when it completes its message."""
        if not packet.split or packet.pno is None:
            return packet
        now = time.monotonic() if now is None else now
        key = self._key(packet)
        if packet.data_time is None:
            key = next(
                (k for k in self._open if k[:4] == key[:4] and k[4] is not None), key
            )
        msg = self._open.get(key)
        if msg is None:
            if len(self._open) >= self.max_open:
                self.expire(now, force_oldest=True)
            msg = self._open[key] = _Message(first_seen=now)
        msg.parts[packet.pno] = packet
        if len(msg.parts) < (packet.pnum or 0) or any(n not in msg.parts for n in range(1, packet.pnum + 1)):
            return None
        del self._open[key]
        return merge([msg.parts[n] for n in range(1, packet.pnum + 1)])

    def data_time_for(self, packet: Packet):
        """The DataTime of the open message ``packet`` (a part without one) belongs to, if any."""
        key = self._key(packet)
        return next((k[4] for k in self._open if k[:4] == key[:4] and k[4] is not None), None)

    def expire(self, now: float | None = None, force_oldest: bool = False) -> int:
        now = time.monotonic() if now is None else now
        stale = [k for k, m in self._open.items() if now - m.first_seen > self.ttl]
        if force_oldest and not stale and self._open:
            stale = [min(self._open, key=lambda k: self._open[k].first_seen)]
        for k in stale:
            del self._open[k]
        return len(stale)

    @property
    def open_messages(self) -> int:
        return len(self._open)


def merge(parts: list[Packet]) -> Packet:
    first = parts[0]
    merged = Packet(
        data=b"".join(p.data for p in parts), st=first.st, cn=first.cn, mn=first.mn, pw=first.pw, qn=first.qn,
        flag=first.flag, pnum=first.pnum, pno=None, crc_kind=first.crc_kind,
    )
    for p in parts:
        for k, v in p.cp.items():
            merged.cp.setdefault(k, v)
        for code, value in p.values.items():
            if code in merged.values:
                merged.values[code].fields.update(value.fields)
                merged.values[code].numbers.update(value.numbers)
            else:
                merged.values[code] = value
        for w in p.warnings:
            if w not in merged.warnings:
                merged.warnings.append(w)
    merged.data_time = next((p.data_time for p in parts if p.data_time is not None), None)
    return merged
