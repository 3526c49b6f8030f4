"""Where the HJ 212 receiver's database time goes: the CPU of the PostgreSQL backend and of the writing thread, per
packet, for each way ``sources.receiver.store.Store`` can write a batch — and, as the peer, Django's
``bulk_create(ignore_conflicts=True)`` of the same rows (what the ORM offers; it cannot say which packets were new).

    .venv/bin/python bench/hj212_store.py [--devices 1000] [--packets 10] [--batch 200]

Uses the database of ``bench/hj212_ingest.py`` (``qingshan_bench_hj212`` on 127.0.0.1:5432; run that first, or
``--prepare`` here), empties its packet and reading tables, and writes the bench's packets (an air-source stack:
six factors) in batches of ``--batch``. The backend's CPU is read from ``/proc/<pid>/stat`` (PostgreSQL runs on
this machine), the writer's from ``time.process_time``. The last line is ``store_vs_orm=X``: the ORM's database
plus writer CPU a packet over the direct path's (> 1: ours is cheaper).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import hj212_ingest  # noqa: E402  (the same packets and database)


def _backend_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--devices", type=int, default=1000)
    ap.add_argument("--packets", type=int, default=10, help="packets per device")
    ap.add_argument("--batch", type=int, default=200)
    ap.add_argument("--prepare", action="store_true", help="create and migrate the database first")
    args = ap.parse_args()
    env = {"DATABASE_URL": f"{hj212_ingest.ROOT}/{hj212_ingest.DB}", "DJANGO_SETTINGS_MODULE": "qingshan.settings",
           "QINGSHAN_HOME": os.environ.get("QINGSHAN_HOME", "/tmp/qingshan-bench-hj212")}
    if args.prepare:
        hj212_ingest._prepare({**os.environ, **env}, args.devices, reuse=False)
    os.environ.update(env)
    import django

    django.setup()
    from django.db import connection

    from qingshan.sources.models import Packet, Reading
    from qingshan.sources.receiver import store as S
    from qingshan.sources.receiver.ingest import Registry, judge

    registry = Registry()
    registry.load()
    if len(registry) < args.devices:
        raise SystemExit(f"{len(registry)} devices registered: run bench/hj212_ingest.py first, or --prepare")
    streams = hj212_ingest._streams(args.devices, args.packets)
    now = datetime.now(UTC)
    records = [judge(s[k], registry, now).record for k in range(args.packets) for s in streams]
    n = len(records)

    def run(label: str, write) -> float:
        with connection.cursor() as cur:
            cur.execute("TRUNCATE sources_packet, sources_reading")
            cur.execute("SELECT pg_backend_pid()")
            pid = cur.fetchone()[0]
        db0, py0, t0 = _backend_cpu(pid), time.process_time(), time.perf_counter()
        for i in range(0, n, args.batch):
            write(records[i : i + args.batch])
        db, py = (_backend_cpu(pid) - db0) / n * 1e6, (time.process_time() - py0) / n * 1e6
        print(f"{label:58s} PostgreSQL {db:6.1f} µs, writer {py:5.1f} µs, wall {(time.perf_counter() - t0) / n * 1e6:6.1f}"
              " µs a packet")
        return db + py

    store = S.Store()

    def mode(m: str):
        def write(batch):
            with connection.cursor() as cur:
                from django.db import transaction

                with transaction.atomic(), connection.wrap_database_errors:
                    store._write_postgres(cur, batch, m)
        return write

    def orm(batch):
        from django.db import transaction

        with transaction.atomic():
            Packet.objects.bulk_create(
                [Packet(mn=p.mn, cn=p.cn, data_time=p.data_time, pno=p.pno, st=p.st, qn=p.qn, flag=p.flag,
                        device_id=p.device_id, received_at=p.received_at, crc_kind=p.crc_kind, raw=p.raw)
                 for p in batch], ignore_conflicts=True)
            Reading.objects.bulk_create(
                [Reading(mn=p.mn, cn=p.cn, data_time=p.data_time, code=r[0], rtd=r[1], avg=r[2], min=r[3], max=r[4],
                         cou=r[5], zs_rtd=r[6], zs_avg=r[7], flag=r[8]) for p in batch for r in p.readings],
                ignore_conflicts=True)

    print(f"{n} packets ({args.devices} devices × {args.packets}), {args.batch} a batch; load average "
          f"{os.getloadavg()[0]:.2f}")
    direct = run("direct: COPY straight into the partitioned tables", mode(S.DIRECT))
    run("staged: packets via staging + ON CONFLICT, readings COPY", mode(S.STAGED))
    run("tolerant: readings via staging + ON CONFLICT too", mode(S.TOLERANT))
    peer = run("peer: Django bulk_create(ignore_conflicts=True)", orm)
    print(f"store_vs_orm={peer / direct:.2f}")


if __name__ == "__main__":
    main()
