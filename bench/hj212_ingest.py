"""HJ 212 ingestion under load: 1,000 concurrent device connections into ``qingshan hj212 serve`` on PostgreSQL,
and in the same run the same stream into a bare asyncio server that only reads and discards it.

    .venv/bin/python bench/hj212_ingest.py [--devices 1000] [--packets 60] [--reuse] [--nats]

It creates (or with ``--reuse`` keeps) the database ``qingshan_bench_hj212`` on 127.0.0.1:5432, migrates it,
registers ``--devices`` monitoring devices, starts the receiver in a subprocess and opens one connection per device.
Every device sends ``--packets`` real-time packets (an air-source stack: SO₂, NOx and dust with their converted
values, O₂, flue-gas temperature and flow — about 400 bytes), one ``write`` per packet, each asking for an answer
(Flag=5), without waiting between packets (TCP's own flow control paces them); a reader per connection counts the
9014 answers. The receiver answers a packet only after the transaction that stored it committed, so the last answer
marks the last packet stored; the figure is packets stored (the receiver's own ``stored`` counter) per second of
wall time from the first byte to the last answer, checked against the rows in the database.

The sink is a plain asyncio server (``asyncio.start_server``, ``read(65536)`` in a loop, nothing else) in a
subprocess, fed the same pre-built stream by the same client; its figure is packets per second until it has read
every byte. The last line is ``ingest_vs_sink=X`` (receiver rate / sink rate).

Both run on the same machine as the client and PostgreSQL; on the shared 2-core machines of this project the
figures move with the other sessions' load, which the script prints (load average) beside them.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import time
from datetime import datetime, timedelta

DB = "qingshan_bench_hj212"
ROOT = "postgresql://postgres@127.0.0.1:5432"

SINK = r"""
import asyncio, sys
async def handle(reader, writer):
    while await reader.read(65536):
        pass
    writer.close()
async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", int(sys.argv[1]), backlog=4096)
    print("ready", flush=True)
    async with server:
        await server.serve_forever()
try:
    import uvloop
    uvloop.run(main())
except ImportError:
    asyncio.run(main())
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _prepare(env: dict, devices: int, reuse: bool) -> None:
    import psycopg

    with psycopg.connect(f"{ROOT}/postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (DB,)).fetchone()
        if exists and not reuse:
            conn.execute(f"DROP DATABASE {DB} WITH (FORCE)")
        if not exists or not reuse:
            conn.execute(f"CREATE DATABASE {DB}")
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "qingshan.cli", "migrate", "--no-input", "-v0"], env=env, check=True)
    os.environ.update(env)
    import django

    django.setup()
    from qingshan.orgs.models import Division
    from qingshan.sources.models import Device, Enterprise, Outlet

    div, _ = Division.objects.get_or_create(name="基准测试市", level="city", defaults={"code": ""})
    ent, _ = Enterprise.objects.get_or_create(
        credit_code="91130200699229617X", defaults={"name": "基准测试企业(演示)", "division": div, "synthetic": True}
    )
    have = set(Device.objects.values_list("mn", flat=True))
    new = [i for i in range(devices) if _mn(i) not in have]
    outlets = Outlet.objects.bulk_create(
        [Outlet(enterprise=ent, code=f"DA{i:05d}", name=f"排口{i}", kind="gas") for i in new], ignore_conflicts=True
    )
    outlets = {o.code: o for o in Outlet.objects.filter(enterprise=ent)}
    Device.objects.bulk_create([Device(outlet=outlets[f"DA{i:05d}"], mn=_mn(i), password="123456") for i in new])
    from django.db import connection

    with connection.cursor() as cur:
        cur.execute("TRUNCATE sources_packet, sources_reading, sources_receivercounter")
    connection.close()
    print(f"database ready: {devices} devices registered, migrated in {time.perf_counter() - t:.1f} s")


def _mn(i: int) -> str:
    return f"BENCH{i:019d}"


def _streams(devices: int, packets: int) -> list[list[bytes]]:
    from qingshan.hj212 import replies

    start = datetime(2025, 6, 1)
    out = []
    for i in range(devices):
        frames = []
        for k in range(packets):
            t = start + timedelta(minutes=k)
            so2 = 20 + (i * 7 + k) % 30
            data = replies.upload(
                mn=_mn(i), pw="123456", cn="2011", st="31", data_time=t, flag=5, qn=f"{t:%Y%m%d%H%M%S}{i % 1000:03d}",
                values=[
                    ("a21026", {"Rtd": so2 + 0.125, "ZsRtd": so2 * 1.2, "Flag": "N"}),
                    ("a21002", {"Rtd": 40.5 + k % 9, "ZsRtd": 48.6 + k % 9, "Flag": "N"}),
                    ("a34013", {"Rtd": 6.25, "ZsRtd": 7.5, "Flag": "N"}),
                    ("a19001", {"Rtd": 9.1, "Flag": "N"}),
                    ("a01012", {"Rtd": 118.4, "Flag": "N"}),
                    ("a00000", {"Rtd": 61.2, "Flag": "N"}),
                ],
            )
            frames.append(replies.frame(data))
        out.append(frames)
    return out


async def _client(port: int, frames: list[bytes], expect_answers: bool, counts: list[int]) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)

    async def read_answers() -> None:
        got = 0
        while got < len(frames):
            line = await reader.readuntil(b"\r\n")
            if b"CN=9014" in line:
                got += 1
        counts[0] += got

    task = asyncio.create_task(read_answers()) if expect_answers else None
    for f in frames:
        writer.write(f)
        await writer.drain()
    if task:
        await asyncio.wait_for(task, 600)
    if writer.can_write_eof():
        writer.write_eof()
    while await reader.read(65536):
        pass
    writer.close()


async def _drive(port: int, streams: list[list[bytes]], expect_answers: bool) -> tuple[float, int]:
    counts = [0]
    t = time.perf_counter()
    # Connect in waves so the listen backlog is not the thing measured.
    await asyncio.gather(*(_client(port, s, expect_answers, counts) for s in streams))
    return time.perf_counter() - t, counts[0]


def _wait_port(port: int, proc: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {proc.stdout.read() if proc.stdout else ''}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("server did not start")


def _cpu(pid: int) -> float:
    """CPU seconds (user + system) a process and its children (``--processes``) have used so far."""
    total = 0.0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = open(f"/proc/{entry}/stat").read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(entry) == pid or int(fields[1]) == pid:
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def _run(coro):
    try:
        import uvloop

        return uvloop.run(coro)
    except ImportError:
        return asyncio.run(coro)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--devices", type=int, default=1000)
    ap.add_argument("--packets", type=int, default=60, help="packets per device")
    ap.add_argument("--reuse", action="store_true")
    ap.add_argument("--writers", type=int, default=2, help="committer threads of the receiver")
    ap.add_argument("--processes", type=int, default=os.cpu_count() or 1,
                    help="receiver processes (SO_REUSEPORT; default: one a core)")
    args = ap.parse_args()

    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(soft, 8192)), hard))
    env = {**os.environ, "DATABASE_URL": f"{ROOT}/{DB}", "DJANGO_SETTINGS_MODULE": "qingshan.settings"}
    env.setdefault("QINGSHAN_HOME", "/tmp/qingshan-bench-hj212")
    _prepare(env, args.devices, args.reuse)
    streams = _streams(args.devices, args.packets)
    total = args.devices * args.packets
    size = sum(len(f) for s in streams for f in s)
    print(f"stream: {args.devices} connections × {args.packets} packets = {total} packets, {size / 1e6:.1f} MB; "
          f"load average before: {os.getloadavg()[0]:.2f}")

    # The bare sink.
    port = _free_port()
    sink = subprocess.Popen([sys.executable, "-c", SINK, str(port)], stdout=subprocess.PIPE, text=True)
    _wait_port(port, sink)
    secs, _ = _run(_drive(port, streams, expect_answers=False))
    sink.kill()
    sink_rate = total / secs
    print(f"sink (asyncio read-and-discard): {total} packets in {secs:.2f} s = {sink_rate:,.0f} packets/s")

    # The receiver.
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "qingshan.cli", "hj212", "serve", "--port", str(port), "--writers", str(args.writers),
         "--processes", str(args.processes)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    _wait_port(port, proc)
    load = os.getloadavg()[0]
    cpu0 = _cpu(proc.pid)
    secs, answered = _run(_drive(port, streams, expect_answers=True))
    receiver_cpu = _cpu(proc.pid) - cpu0
    proc.terminate()
    out, _ = proc.communicate(timeout=60)
    for line in out.splitlines():
        if "batches" in line:
            print("receiver log:", line.split("INFO ", 1)[-1])
    import django
    from django.db import connection

    django.setup()
    with connection.cursor() as cur:
        cur.execute("SELECT value FROM sources_receivercounter WHERE name = 'stored'")
        stored = cur.fetchone()[0]
        cur.execute("SELECT count(*) FROM sources_packet")
        rows = cur.fetchone()[0]
        cur.execute("SELECT count(*) FROM sources_reading")
        readings = cur.fetchone()[0]
    rate = stored / secs
    print(f"receiver (PostgreSQL, group commit): {stored} packets stored ({rows} packet rows, {readings} readings, "
          f"{answered} answered) in {secs:.2f} s = {rate:,.0f} packets/s stored; load average {load:.2f} → "
          f"{os.getloadavg()[0]:.2f} (machine shared with other sessions); receiver processes used "
          f"{receiver_cpu:.1f} CPU-s ({receiver_cpu / stored * 1e6:.0f} µs a packet)")
    if stored != total or answered != total:
        print(f"WARNING: {total - stored} packets not stored, {total - answered} not answered")
    print(f"ingest_vs_sink={rate / sink_rate:.3f}")


if __name__ == "__main__":
    main()
