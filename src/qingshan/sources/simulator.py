"""Simulated monitoring devices — for the demo, the tests, ``qingshan hj212 simulate`` and the benchmark.

A device's factors follow a daily cycle (a production day peaking in the afternoon), with noise; now and then an
exceedance episode (a few hours at 1.2–2 × the limit), maintenance (flag M) and calibration (flag C) hours, a
stuck analyser (the same value hour after hour), and offline spells (no packets). Everything it produces is
**synthetic** and labelled so (演示) wherever it is shown.

``--faults`` adds what real networks do to the stream: bad CRCs, packets split across several writes, several
packets in one write, garbage between packets, MODBUS-CRC packets, wrong length fields and slow connections that
trickle their bytes.
"""

from __future__ import annotations

import asyncio
import math
import random
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from qingshan.hj212 import replies

#: Typical outlet profiles: (code, baseline, daily amplitude as a fraction, unit) — fictitious but plausible.
GAS_FACTORS = [("a21026", 35.0, 0.35), ("a21002", 80.0, 0.3), ("a34013", 8.0, 0.4), ("a19001", 9.0, 0.05),
               ("a01012", 120.0, 0.1), ("a00000", 60.0, 0.2)]  # fmt: skip
WATER_FACTORS = [("w01018", 28.0, 0.3), ("w21003", 2.5, 0.4), ("w21011", 0.3, 0.3), ("w21001", 9.0, 0.3),
                 ("w01001", 7.2, 0.02), ("w00000", 12.0, 0.5)]  # fmt: skip


@dataclass
class SimFactor:
    code: str
    base: float
    amplitude: float
    limit: float | None = None
    converted: bool = False  # also send ZsRtd/ZsAvg (折算, to the reference oxygen)


@dataclass
class SimDevice:
    mn: str
    password: str
    st: str  # 31 air source, 32 water source
    factors: list[SimFactor]
    interval: int = 60
    seed: int = 0
    registered: bool = True  # unregistered devices get no answer (the receiver quarantines their packets)
    rnd: random.Random = field(init=False)
    episodes: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rnd = random.Random(hash((self.mn, self.seed)) & 0xFFFFFFFF)

    # A day's state, decided once per device-day (deterministic for a seed).
    def _day(self, day: datetime) -> dict:
        key = day.date()
        if key not in self.episodes:
            r = random.Random(hash((self.mn, self.seed, key.toordinal())) & 0xFFFFFFFF)
            self.episodes[key] = {
                "exceed": (r.randrange(8, 20), r.randrange(2, 6), r.uniform(1.2, 2.0)) if r.random() < 0.12 else None,
                "maintenance": r.randrange(0, 24) if r.random() < 0.08 else None,
                "calibration": r.randrange(0, 24) if r.random() < 0.1 else None,
                "offline": (r.randrange(0, 20), r.randrange(1, 5)) if r.random() < 0.05 else None,
                "stuck": r.randrange(0, len(self.factors)) if r.random() < 0.04 else None,
            }
        return self.episodes[key]

    def offline(self, t: datetime) -> bool:
        off = self._day(t)["offline"]
        return bool(off and off[0] <= t.hour < off[0] + off[1])

    def value(self, f: SimFactor, t: datetime, i: int) -> tuple[float, str]:
        state = self._day(t)
        flag = "N"
        if state["maintenance"] == t.hour:
            flag = "M"
        elif state["calibration"] == t.hour:
            flag = "C"
        hour = t.hour + t.minute / 60
        cycle = 1 + f.amplitude * math.sin(2 * math.pi * (hour - 8) / 24)
        v = f.base * cycle * (1 + self.rnd.gauss(0, 0.05))
        ex = state["exceed"]
        if ex and f.limit and ex[0] <= t.hour < ex[0] + ex[1] and f.code not in ("a19001", "a01012", "w01001"):
            v = f.limit * ex[2] * (1 + self.rnd.gauss(0, 0.03))
        if state["stuck"] == i and t.hour >= 12:
            v = round(f.base, 1)
        if f.code == "w01001":
            v = min(max(v, 6.0), 9.0)
        return max(v, 0.0), flag

    def values(self, cn: str, t: datetime, oxygen: float = 9.0) -> list[tuple[str, dict]]:
        out = []
        for i, f in enumerate(self.factors):
            v, flag = self.value(f, t, i)
            if cn == "2011":
                subs: dict[str, object] = {"Rtd": round(v, 3)}
                if f.converted:
                    subs["ZsRtd"] = round(v * (21 - 6) / (21 - oxygen) if oxygen < 20 else v, 3)
            else:
                lo, hi = v * 0.85, v * 1.15
                subs = {"Min": round(lo, 3), "Avg": round(v, 3), "Max": round(hi, 3)}
                if f.converted:
                    subs["ZsAvg"] = round(v * (21 - 6) / (21 - oxygen) if oxygen < 20 else v, 3)
                if f.code in ("a00000", "w00000"):
                    subs["Cou"] = round(v * (3600 if cn == "2061" else 60), 1)
            subs["Flag"] = flag
            out.append((f.code, subs))
        return out

    def packet(self, cn: str, t: datetime, flag: int = 5, qn_time: datetime | None = None) -> str:
        return replies.upload(
            mn=self.mn, pw=self.password, cn=cn, st=self.st, data_time=t, values=self.values(cn, t), flag=flag,
            qn=replies.qn_at(qn_time or t),
        )


def devices_from_registry() -> list[SimDevice]:
    """One simulated device per registered device, with the outlet's factors and limits."""
    from .models import Device, OutletFactor

    out = []
    limits: dict[int, list] = {}
    for f in OutletFactor.objects.all():
        limits.setdefault(f.outlet_id, []).append(f)
    for d in Device.objects.select_related("outlet").filter(active=True).order_by("mn"):
        gas = d.outlet.kind == "gas"
        profile = {c: (b, a) for c, b, a in (GAS_FACTORS if gas else WATER_FACTORS)}
        factors = []
        for f in limits.get(d.outlet_id, []):
            base, amp = profile.get(f.code, ((f.limit or 10) * 0.5, 0.3))
            if f.limit:
                base = min(base, f.limit * (0.45 if f.on_converted else 0.6))
            factors.append(SimFactor(f.code, base, amp, f.limit, f.on_converted))
        for code, base, amp in (GAS_FACTORS if gas else WATER_FACTORS):
            if code in ("a19001", "a01012", "a00000", "w00000", "w01001") and code not in {x.code for x in factors}:
                factors.append(SimFactor(code, base, amp))
        out.append(SimDevice(d.mn, d.password, "31" if gas else "32", factors, d.interval))
    return out


def fictitious_devices(n: int, start: int = 0) -> list[SimDevice]:
    out = []
    for i in range(start, start + n):
        gas = i % 2 == 0
        factors = [SimFactor(c, b, a, b * 2.5 if c not in ("a19001", "a01012", "w01001") else None)
                   for c, b, a in (GAS_FACTORS if gas else WATER_FACTORS)[:5]]  # fmt: skip
        out.append(SimDevice(f"SIM{i:021d}", "123456", "31" if gas else "32", factors, registered=False))
    return out


# --- sending over TCP -------------------------------------------------------------------------------------------


@dataclass
class SendStats:
    sent: int = 0
    answered: int = 0
    faults: int = 0
    errors: int = 0
    resent: int = 0  # packets sent again after a reconnect (the receiver stores them once)


def _next_send(dev: SimDevice, t: datetime, step: timedelta, rnd: random.Random, faults: bool, stats: SendStats
               ) -> tuple[list[bytes], int, datetime]:
    """The writes of the next send (one packet; with ``faults`` sometimes a bad CRC, garbage before it, the packet
    split into 17-byte writes, or two packets in one write), the answers expected, and the clock after it."""
    frame = replies.frame(dev.packet("2011", t))
    t += step
    answers = 1 if dev.registered else 0
    if not faults:
        return [frame], answers, t
    roll = rnd.random()
    if roll < 0.03:
        stats.faults += 1
        return [frame[:-6] + b"0000\r\n"], 0, t  # a bad CRC: refused, no answer
    if roll < 0.05:
        stats.faults += 1
        return [b"\x00\x06\x01\x03\x00\x00garbage\r\n" + frame], answers, t
    if roll < 0.08:
        return [frame[k : k + 17] for k in range(0, len(frame), 17)], answers, t
    if roll < 0.10:
        second = replies.frame(dev.packet("2011", t))
        stats.sent += 1
        return [frame + second], 2 * answers, t + step
    return [frame], answers, t


async def run_device(dev: SimDevice, host: str, port: int, period: float, until: float, stats: SendStats,
                     faults: bool = False, start_time: datetime | None = None, step: timedelta | None = None) -> None:
    """Send real-time packets (Flag=5, answer wanted) every ``period`` seconds until ``until`` (monotonic), with a
    simulated clock starting at ``start_time`` advancing ``step`` per packet. Like a field device, it reconnects
    when the connection fails or an answer does not come, and sends the unanswered packets again."""
    rnd = random.Random(dev.mn)
    t = start_time or datetime.now().replace(microsecond=0)
    step = step or timedelta(seconds=dev.interval)
    conn: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
    pending: tuple[list[bytes], int] | None = None  # sent, not answered: sent again after reconnecting
    try:
        while time.monotonic() < until:
            if conn is None:
                try:
                    conn = await asyncio.open_connection(host, port)
                except OSError:
                    stats.errors += 1
                    await asyncio.sleep(0.5)
                    continue
            reader, writer = conn
            if pending is not None:
                writes, answers = pending
                stats.resent += 1
            else:
                if dev.offline(t):
                    t += step
                    continue
                writes, answers, t = _next_send(dev, t, step, rnd, faults, stats)
                stats.sent += 1
            try:
                for chunk in writes:
                    writer.write(chunk)
                    await writer.drain()
                    if len(writes) > 1:
                        await asyncio.sleep(0.01)  # a packet split across TCP reads
                for _ in range(answers):
                    await asyncio.wait_for(reader.readuntil(b"\r\n"), timeout=10)
                    stats.answered += 1
                pending = None
            except (TimeoutError, asyncio.IncompleteReadError, ConnectionError, OSError):
                stats.errors += 1
                writer.close()
                conn = None
                pending = (writes, answers) if answers else None
                await asyncio.sleep(0.5)
                continue
            await asyncio.sleep(period)
    finally:
        if conn is not None:
            conn[1].close()


async def simulate(devices: list[SimDevice], host: str, port: int, rate: float, duration: float,
                   faults: bool = False) -> SendStats:
    """``rate`` packets per second from all devices together for ``duration`` seconds. Each device's clock advances
    one reporting interval a packet (a day of data in minutes), and ends at the present: it starts as many intervals
    before now as the device will send, so that no packet is dated in the future."""
    stats = SendStats()
    until = time.monotonic() + duration
    period = max(len(devices) / max(rate, 0.001), 0.0)
    packets = int(duration / period) + 1 if period else 1  # period is 0 only without devices
    if faults:
        packets = int(packets * 1.1) + 1  # two packets in one write advance the clock twice
    now = datetime.now().replace(microsecond=0)
    await asyncio.gather(*(
        run_device(d, host, port, period, until, stats, faults,
                   start_time=now - packets * timedelta(seconds=d.interval)) for d in devices
    ))
    return stats
