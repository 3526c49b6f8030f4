"""The receiver as a black box, as the hidden client will use it: ``qingshan hj212 serve`` in a subprocess on its own
database (SQLite file, and PostgreSQL when it runs here), devices sending valid, malformed, split, merged and duplicate
packets from registered and unknown MNs, the server killed with SIGKILL mid-stream and restarted — then
``qingshan sources readings`` compared with what was sent: every answered packet stored exactly once, nothing
malformed stored, nothing from an unknown MN counted."""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import socket
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from qingshan.hj212 import replies

DEVICES = [(f"CRASH{i:019d}", f"pw{i}") for i in range(4)]
UNKNOWN = "UNREGISTERED000000000001"
FACTORS = ["a21026", "a21002", "a34013"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _pg_base() -> str | None:
    url = os.environ.get("DATABASE_URL", "")
    base = url.rsplit("/", 1)[0] if url.startswith("postgres") else "postgres://postgres@127.0.0.1:5432"
    try:
        import psycopg

        with psycopg.connect(base + "/postgres", connect_timeout=2):
            return base
    except Exception:
        return None


@pytest.fixture(params=["sqlite", "postgresql"])
def server_env(request, tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["QINGSHAN_HOME"] = str(tmp_path / "home")
    dbname = None
    if request.param == "postgresql":
        base = _pg_base()
        if base is None:
            pytest.skip("PostgreSQL is not reachable at 127.0.0.1:5432")
        import psycopg

        dbname = f"qingshan_crash_{os.getpid()}"
        with psycopg.connect(base + "/postgres", autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{dbname}"')
            c.execute(f'CREATE DATABASE "{dbname}"')
        env["DATABASE_URL"] = f"{base}/{dbname}"
    qingshan = [sys.executable, "-m", "qingshan.cli"]
    subprocess.run([*qingshan, "migrate", "-v0"], env=env, check=True, timeout=600)
    subprocess.run([sys.executable, "-c", "import django; django.setup(); "
                    "from qingshan.orgs.services import load_registry; load_registry()"],
                   env={**env, "DJANGO_SETTINGS_MODULE": "qingshan.settings"}, check=True, timeout=300)
    rows = ["统一社会信用代码,单位名称,行政区,排放口编号,排放口名称,排放口类型,MN,密码,监测因子,排放限值,限值单位"]
    for i, (mn, pw) in enumerate(DEVICES):
        for code in FACTORS:
            rows.append(f"91130200699229617X,演示测试企业,东区,DA00{i + 1},排口{i + 1},废气,{mn},{pw},{code},50,mg/m3")
    registry = tmp_path / "registry.csv"
    registry.write_text("\n".join(rows) + "\n", encoding="utf-8")
    subprocess.run([*qingshan, "sources", "import-registry", str(registry), "--city", "攀枝花市"], env=env,
                   check=True, timeout=300)
    yield env, qingshan
    if dbname:
        import psycopg

        with psycopg.connect(_pg_base() + "/postgres", autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')


class Server:
    def __init__(self, env, qingshan, port, extra=()):
        self.env, self.cmd, self.port, self.proc, self.extra = env, qingshan, port, None, list(extra)

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [*self.cmd, "hj212", "serve", "--port", str(self.port), "--partial-timeout", "5", *self.extra],
            env=self.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                if self.proc.poll() is not None:
                    raise RuntimeError(self.proc.stdout.read().decode()) from None
                time.sleep(0.1)
        raise RuntimeError("receiver did not start")

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)


def _packet(mn: str, pw: str, t: datetime, qn: str, value: float) -> bytes:
    return replies.frame(replies.upload(
        mn=mn, pw=pw, cn="2011", st="31", data_time=t, qn=qn, flag=5,
        values=[(code, {"Rtd": round(value + k, 3), "Flag": "N"}) for k, code in enumerate(FACTORS)],
    ))


async def _device(mn, pw, port, start, count, answered, sent, malformed, stop_at, seed):
    """Send ``count`` packets (one per minute of simulated time), each until answered, with faults."""
    rnd = random.Random(seed)
    i = 0
    while i < count and time.monotonic() < stop_at:
        try:
            reader, writer = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), 2)
        except (OSError, TimeoutError):
            await asyncio.sleep(0.2)
            continue
        try:
            while i < count and time.monotonic() < stop_at:
                t = start + timedelta(minutes=i)
                qn = f"{t:%Y%m%d%H%M%S}{i % 1000:03d}"
                frame = _packet(mn, pw, t, qn, 10 + i % 7)
                sent[(mn, t)] = qn
                roll = rnd.random()
                expect = 1
                if roll < 0.1:  # a malformed packet first (bad CRC / lying length / garbage / syntax)
                    kind = rnd.choice(["crc", "length", "garbage", "syntax"])
                    bad_t = t + timedelta(seconds=30)
                    bad = _packet(mn, pw, bad_t, qn[:-3] + "999", 99.0)
                    if kind == "crc":
                        bad = bad[:-6] + b"0000\r\n"
                    elif kind == "length":
                        bad = b"##0001" + bad[6:]
                    elif kind == "garbage":
                        bad = b"\x00\x06\x01\x03garbage\r\n"
                    else:
                        bad = replies.frame(f"QN={qn};ST=31;CN=2011;PW={pw};MN={mn};Flag=5;CP=&&DataTime="
                                            f"{bad_t:%Y%m%d%H%M%S};a21026-Rtd=abc&&")
                    malformed.add((mn, bad_t))
                    writer.write(bad + frame)
                elif roll < 0.2:  # split across writes
                    cut = rnd.randrange(1, len(frame) - 1)
                    writer.write(frame[:cut])
                    await writer.drain()
                    await asyncio.sleep(0.01)
                    writer.write(frame[cut:])
                elif roll < 0.3:  # duplicate in the same write (merged)
                    writer.write(frame + frame)
                    expect = 2
                else:
                    writer.write(frame)
                await writer.drain()
                for _ in range(expect):
                    line = await asyncio.wait_for(reader.readuntil(b"\r\n"), 5)
                    assert b"CN=9014" in line and f"QN={qn}".encode() in line, line
                answered.add((mn, t))
                i += 1
        except (OSError, TimeoutError, asyncio.IncompleteReadError):
            await asyncio.sleep(0.1)  # the server died: reconnect and send the unanswered packet again
        finally:
            writer.close()


async def _unknown(port, stop_at):
    t = datetime(2024, 3, 1)
    while time.monotonic() < stop_at:
        try:
            _r, w = await asyncio.open_connection("127.0.0.1", port)
            w.write(_packet(UNKNOWN, "x", t, "20240301000000000", 1.0))
            await w.drain()
            w.close()
        except OSError:
            pass
        t += timedelta(minutes=1)
        await asyncio.sleep(0.2)


def _readings(env, qingshan, mn) -> list[dict]:
    out = subprocess.run([*qingshan, "sources", "readings", "--mn", mn, "--format", "json"], env=env, check=True,
                         capture_output=True, timeout=120)
    return json.loads(out.stdout)


def test_no_answered_packet_is_lost_across_sigkill(server_env):
    _scenario(*server_env)


NATS_URL = "nats://127.0.0.1:4222"


def _nats_up() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 4222), timeout=1):
            return True
    except OSError:
        return False


def test_nats_mode_receivers_and_writers_killed_lose_nothing_answered(server_env):
    """Receivers publish to JetStream and answer on the broker's ack; a writer stores. Both are SIGKILLed and
    restarted mid-stream; every answered packet ends up stored once (run on PostgreSQL, the production case)."""
    env, qingshan = server_env
    if not env.get("DATABASE_URL"):
        pytest.skip("NATS mode is exercised on PostgreSQL")
    if not _nats_up():
        pytest.skip("no NATS broker at 127.0.0.1:4222 (.ci/run starts one)")
    env = {**env, "QINGSHAN_HJ212_STREAM": f"HJ212TEST{os.getpid()}"}
    writer = {"proc": None}

    def start_writer():
        writer["proc"] = subprocess.Popen([*qingshan, "hj212", "writer", "--nats", NATS_URL], env=env,
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def kill_writer():
        writer["proc"].send_signal(signal.SIGKILL)
        writer["proc"].wait(timeout=30)
        start_writer()

    start_writer()
    try:
        _scenario(env, qingshan, extra=["--nats", NATS_URL], between_kills=kill_writer, settle=lambda: time.sleep(6))
    finally:
        writer["proc"].send_signal(signal.SIGKILL)
        asyncio.run(_drop_stream(env["QINGSHAN_HJ212_STREAM"]))


async def _drop_stream(name: str) -> None:
    import nats

    nc = await nats.connect(NATS_URL)
    try:
        await nc.jetstream().delete_stream(name)
    finally:
        await nc.close()


def _scenario(env, qingshan, extra=(), between_kills=None, settle=None):
    port = _free_port()
    server = Server(env, qingshan, port, extra)
    server.start()
    answered: set = set()
    sent: dict = {}
    malformed: set = set()
    start = datetime(2024, 5, 1, 0, 0)

    async def run() -> None:
        stop_at = time.monotonic() + 60
        tasks = [
            asyncio.create_task(_device(mn, pw, port, start + timedelta(days=k), 100, answered, sent, malformed,
                                        stop_at, k))
            for k, (mn, pw) in enumerate(DEVICES)
        ]
        tasks.append(asyncio.create_task(_unknown(port, stop_at - 50)))
        for _round in range(3):
            await asyncio.sleep(random.uniform(1.5, 3.0))
            server.kill()  # SIGKILL mid-stream
            if between_kills:
                between_kills()
            await asyncio.sleep(0.3)
            await asyncio.to_thread(server.start)
        await asyncio.gather(*tasks)

    t0 = time.monotonic()
    try:
        asyncio.run(run())
    finally:
        server.kill()
    print(f"client run {time.monotonic() - t0:.1f}s, {len(answered)} answered")
    if settle:
        settle()  # the writers catch up with the stream
    assert len(answered) >= 60, "too few packets went through to prove anything"
    stored: dict = {}
    for mn, _pw in DEVICES:
        for row in _readings(env, qingshan, mn):
            key = (row["mn"], datetime.fromisoformat(row["data_time"]), row["code"])
            stored[key] = stored.get(key, 0) + 1
    assert all(n == 1 for n in stored.values()), "a reading stored twice"
    times = {(mn, t) for (mn, t, _code) in stored}
    lost = answered - times
    assert not lost, f"answered but not stored: {sorted(lost)[:5]}"
    assert times <= set(sent), "stored something never sent"
    assert not (times & malformed), "a malformed packet was stored"
    for mn, t in times:
        assert {c for (m, tt, c) in stored if m == mn and tt == t} == set(FACTORS)
    assert _readings(env, qingshan, UNKNOWN) == []
    stats = json.loads(subprocess.run([*qingshan, "hj212", "stats", "--format", "json"], env=env, check=True,
                                      capture_output=True, timeout=120).stdout)
    assert stats["stored"] == len(times)
    assert stats["duplicates"] >= 1
    assert set(stats["rejected"]) >= {"crc", "length", "syntax", "unknown_mn", "password"}
    assert Path(env["QINGSHAN_HOME"]).exists()


def test_silent_and_slow_connections_time_out_and_a_flood_does_not_starve_others(server_env):
    """A silent connection and one stuck mid-packet are closed after their timeouts; a device flooding thousands of
    packets does not keep another device's packet waiting; garbage never ends the process."""
    env, qingshan = server_env
    if env.get("DATABASE_URL"):
        pytest.skip("exercised on SQLite (the server logic is the same on PostgreSQL)")
    port = _free_port()
    server = Server(env, qingshan, port, ["--idle-timeout", "2", "--partial-timeout", "1"])
    server.start()
    (mn1, pw1), (mn2, pw2) = DEVICES[0], DEVICES[1]
    try:
        silent = socket.create_connection(("127.0.0.1", port))
        stuck = socket.create_connection(("127.0.0.1", port))
        stuck.sendall(_packet(mn1, pw1, datetime(2024, 7, 1), "20240701000000000", 1.0)[:50])
        for s in (silent, stuck):
            s.settimeout(10)
        t0 = time.monotonic()
        assert stuck.recv(100) == b""  # closed by the server (partial timeout)
        assert 0.5 < time.monotonic() - t0 < 5
        assert silent.recv(100) == b""  # closed by the server (idle timeout)
        assert time.monotonic() - t0 < 8

        flood = socket.create_connection(("127.0.0.1", port))
        start = datetime(2024, 8, 1)
        burst = b"".join(_packet(mn1, pw1, start + timedelta(minutes=k), f"{k:017d}", 1.0) for k in range(3000))
        flood.sendall(b"\x00garbage\xff" * 50 + burst)  # the kernel buffers what the server has not read yet
        other = socket.create_connection(("127.0.0.1", port))
        other.settimeout(15)
        t1 = time.monotonic()
        other.sendall(_packet(mn2, pw2, datetime(2024, 8, 2), "20240802000000000", 2.0))
        assert b"CN=9014" in other.recv(1000)
        waited = time.monotonic() - t1
        flood.settimeout(60)
        answers = b""
        while answers.count(b"\r\n") < 3000:
            chunk = flood.recv(65536)
            assert chunk, "the flooding connection was closed"
            answers += chunk
        flood_time = time.monotonic() - t1
        assert waited < max(2.0, flood_time / 3), (waited, flood_time)
        assert server.proc.poll() is None
    finally:
        server.kill()
    rows = _readings(env, qingshan, mn1)
    flood_times = {r["data_time"] for r in rows if "2024-08-01" <= r["data_time"] < "2024-08-03T02"}
    assert len(flood_times) == 3000 and len(rows) >= 3 * 3000
