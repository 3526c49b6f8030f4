"""Writing packets and readings in batches — one transaction for the packets of many connections (group commit).

Why SQL of our own and not the ORM: a batch is a few thousand packets and five to thirty factor rows each. The ORM's
``bulk_create(ignore_conflicts=True)`` cannot tell which rows were new (it returns no ids on conflicts), but the
receiver must know exactly which packets were duplicates, so that it stores a duplicate's readings never and still
answers it; and building model instances costs more than the rest of the receiver's work together. On PostgreSQL
the batch is COPYed into session-local staging tables and one ``INSERT … ON CONFLICT DO NOTHING RETURNING`` with a
second data-modifying CTE moves the new packets and exactly their readings into the partitioned tables, and says which
were new — three statements per transaction whatever the batch size (measured in ``bench/hj212_ingest.py``). On SQLite (development, tests) rows go one by one inside the same single transaction.

A batch is all or nothing: the caller answers a packet only after :meth:`Store.write` returned, i.e. after COMMIT.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from django.db import connection, transaction


@dataclass(slots=True)
class PacketRecord:
    mn: str
    cn: int
    data_time: datetime  # aware
    pno: int
    st: str
    qn: str
    flag: int | None
    device_id: int
    received_at: datetime  # aware
    crc_kind: str
    raw: str
    #: (code, rtd, avg, min, max, cou, zs_rtd, zs_avg, flag)
    readings: list[tuple] = field(default_factory=list)

    @property
    def key(self) -> tuple:
        return (self.mn, self.cn, self.data_time, self.pno)


@dataclass(slots=True)
class QuarantineRecord:
    mn: str
    cn: str
    received_at: datetime
    peer: str
    raw: str


STORED, DUPLICATE = "stored", "duplicate"


class Store:
    """Writes through Django's connection of the current thread (PostgreSQL or SQLite)."""

    def __init__(self) -> None:
        self.vendor = connection.vendor
        self._months: set[tuple[int, int]] = set()

    def close(self) -> None:
        connection.close()

    def write(
        self,
        packets: list[PacketRecord],
        quarantine: Iterable[QuarantineRecord] = (),
        counters: dict[str, int] | None = None,
        count: bool = True,
    ) -> list[str]:
        """Store a batch in one transaction; returns STORED or DUPLICATE per packet, in order. ``count=False``
        leaves the receiver counters alone (the demo's simulated history is not traffic)."""
        counters = dict(counters or {})
        quarantine = list(quarantine)
        with transaction.atomic():
            with connection.cursor() as cur:
                if self.vendor == "postgresql":
                    results = self._write_postgres(cur, packets)
                else:
                    results = self._write_sqlite(cur, packets)
                if quarantine:
                    self._quarantine(cur, quarantine)
                if count:
                    counters["stored"] = counters.get("stored", 0) + results.count(STORED)
                    counters["duplicates"] = counters.get("duplicates", 0) + results.count(DUPLICATE)
                    self._count(cur, counters)
        return results

    # PostgreSQL -----------------------------------------------------------------------------------------------

    def _ensure_months(self, cur, packets: list[PacketRecord]) -> None:
        """Make the month partitions this batch needs. A month is remembered only once its transaction committed
        (a rolled-back batch also rolls back the partition it made)."""
        made = set()
        for p in packets:
            t = p.data_time.astimezone(UTC)
            month = (t.year, t.month)
            if month not in self._months and month not in made:
                cur.execute("SELECT sources_ensure_month(%s)", [t])
                made.add(month)
        if made:
            transaction.on_commit(lambda: self._months.update(made))

    _TEMP = (
        """CREATE TEMP TABLE IF NOT EXISTS hj_packet (idx int, mn varchar, cn int, data_time timestamptz, pno int,
               st varchar, qn varchar, flag int, device_id bigint, received_at timestamptz, crc_kind varchar,
               raw text) ON COMMIT DELETE ROWS""",
        """CREATE TEMP TABLE IF NOT EXISTS hj_reading (idx int, code varchar, rtd float8, avg float8, min float8,
               max float8, cou float8, zs_rtd float8, zs_avg float8, flag varchar) ON COMMIT DELETE ROWS""",
    )
    _MERGE = """
        WITH new AS (
            INSERT INTO sources_packet (mn, cn, data_time, pno, st, qn, flag, device_id, received_at, crc_kind, raw)
            SELECT mn, cn, data_time, pno, st, qn, flag, device_id, received_at, crc_kind, raw FROM hj_packet
            ON CONFLICT (mn, cn, data_time, pno) DO NOTHING
            RETURNING mn, cn, data_time, pno
        ), fresh AS (
            SELECT p.idx, p.mn, p.cn, p.data_time FROM hj_packet p JOIN new USING (mn, cn, data_time, pno)
        ), stored_readings AS (
            INSERT INTO sources_reading (mn, cn, data_time, code, rtd, avg, min, max, cou, zs_rtd, zs_avg, flag)
            SELECT f.mn, f.cn, f.data_time, r.code, r.rtd, r.avg, r.min, r.max, r.cou, r.zs_rtd, r.zs_avg, r.flag
            FROM hj_reading r JOIN fresh f USING (idx)
            ON CONFLICT (mn, cn, data_time, code) DO NOTHING
        )
        SELECT idx FROM fresh"""

    def _write_postgres(self, cur, packets: list[PacketRecord]) -> list[str]:
        """COPY the batch into two session-local staging tables (``ON COMMIT DELETE ROWS``), then one statement
        moves the new packets and the readings of exactly those packets into the partitioned tables and returns
        which were new. COPY's rows are formatted by psycopg's C code; passing the batch as query parameters
        (arrays for ``unnest``) cost four times as much in Python (measured: ~450 µs a packet against ~100)."""
        if not packets:
            return []
        raw = connection.connection
        if getattr(raw, "_hj212_temp", False) is False:
            for sql in self._TEMP:
                cur.execute(sql)
            # Remembered once committed: a rolled-back first batch rolls the temporary tables back too.
            transaction.on_commit(lambda: setattr(raw, "_hj212_temp", True))
        self._ensure_months(cur, packets)
        first: dict[tuple, int] = {}
        for i, p in enumerate(packets):
            first.setdefault(p.key, i)
        with cur.copy(
            "COPY hj_packet (idx, mn, cn, data_time, pno, st, qn, flag, device_id, received_at, crc_kind, raw) "
            "FROM STDIN"
        ) as copy:
            for i in first.values():
                p = packets[i]
                copy.write_row((i, p.mn, p.cn, p.data_time, p.pno, p.st, p.qn, p.flag, p.device_id, p.received_at,
                                p.crc_kind, p.raw))
        with cur.copy(
            "COPY hj_reading (idx, code, rtd, avg, min, max, cou, zs_rtd, zs_avg, flag) FROM STDIN"
        ) as copy:
            for i in first.values():
                for r in packets[i].readings:
                    copy.write_row((i, *r))
        cur.execute(self._MERGE)
        new = {row[0] for row in cur.fetchall()}
        if connection.savepoint_ids:
            # Inside an outer transaction (a caller's atomic block, a test) the staging rows are not emptied by a
            # commit before the next batch, whose rows would join them by index: empty them now. The receiver's
            # own batches are outermost transactions and skip this.
            cur.execute("DELETE FROM hj_packet")
            cur.execute("DELETE FROM hj_reading")
        return [STORED if i in new else DUPLICATE for i in range(len(packets))]

    # SQLite ---------------------------------------------------------------------------------------------------

    def _write_sqlite(self, cur, packets: list[PacketRecord]) -> list[str]:
        adapt = connection.ops.adapt_datetimefield_value
        results = []
        for p in packets:
            t = adapt(p.data_time)
            cur.execute(
                """INSERT INTO sources_packet (mn, cn, data_time, pno, st, qn, flag, device_id, received_at,
                                              crc_kind, raw)
                   VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING""",
                [p.mn, p.cn, t, p.pno, p.st, p.qn, p.flag, p.device_id, adapt(p.received_at), p.crc_kind, p.raw],
            )
            if cur.rowcount == 1:
                results.append(STORED)
                cur.executemany(
                    """INSERT INTO sources_reading (mn, cn, data_time, code, rtd, avg, min, max, cou, zs_rtd,
                                                   zs_avg, flag)
                       VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING""",
                    [(p.mn, p.cn, t, *r) for r in p.readings],
                )
            else:
                results.append(DUPLICATE)
        return results

    # both -----------------------------------------------------------------------------------------------------

    @staticmethod
    def _quarantine(cur, records: list[QuarantineRecord]) -> None:
        adapt = connection.ops.adapt_datetimefield_value
        cur.executemany(
            "INSERT INTO sources_quarantined (mn, cn, received_at, peer, raw) VALUES (%s, %s, %s, %s, %s)",
            [(q.mn, q.cn, adapt(q.received_at), q.peer, q.raw) for q in records],
        )

    @staticmethod
    def _count(cur, counters: dict[str, int]) -> None:
        items = sorted((k, v) for k, v in counters.items() if v)
        if items:
            cur.executemany(
                """INSERT INTO sources_receivercounter (name, value) VALUES (%s, %s)
                   ON CONFLICT (name) DO UPDATE SET value = sources_receivercounter.value + excluded.value""",
                items,
            )
