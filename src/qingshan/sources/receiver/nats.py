"""Scaling past one machine: stateless receivers publish to NATS JetStream, writer processes store.

``qingshan hj212 serve --nats nats://127.0.0.1:4222`` (or ``QINGSHAN_HJ212_NATS``): the receiver checks frames and
devices as before, then **publishes** each packet to the JetStream stream ``HJ212`` (subject
``hj212.packets.<MN>``; ``QINGSHAN_HJ212_STREAM`` renames both) and answers the device once the broker has acknowledged the publish — JetStream has
stored it — instead of after a database commit. The message id (``Nats-Msg-Id``) is the packet's key (MN, CN,
DataTime, PNO), so a device's resend within the stream's duplicate window is dropped by the broker.

``qingshan hj212 writer`` processes pull batches from the durable consumer ``writers`` (several writers share it:
each fetch gets different messages), store a batch with the same :class:`~.store.Store` in one transaction, and
acknowledge the messages only after COMMIT. A writer killed between COMMIT and the acks gets the messages again,
and the unique keys make the second store a no-op (counted as duplicates). Counters of the receivers travel on
``hj212.counters`` and are added by the writers in their transactions.

The maintained client ``nats-py`` is used; a broker runs on 127.0.0.1:4222 here (``.ci/run`` starts it) and
clusters in production (three or five brokers, stream replicas 3).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import logging
import os
from datetime import datetime

from .store import PacketRecord, QuarantineRecord, Store

log = logging.getLogger("qingshan.hj212")

DURABLE = "writers"


def stream_name() -> str:
    """``QINGSHAN_HJ212_STREAM`` (default HJ212); its subjects are ``<stream>.packets.<MN>`` and
    ``<stream>.counters`` in lower case, so that two platforms (or a test) can share a broker."""
    return os.environ.get("QINGSHAN_HJ212_STREAM", "HJ212")


def subject(kind: str, token: str = "") -> str:
    base = stream_name().lower()
    return f"{base}.{kind}.{token}" if token else f"{base}.{kind}"


def encode(record: PacketRecord | QuarantineRecord) -> bytes:
    if isinstance(record, PacketRecord):
        return json.dumps({
            "k": "p", "mn": record.mn, "cn": record.cn, "t": record.data_time.isoformat(), "pno": record.pno,
            "st": record.st, "qn": record.qn, "flag": record.flag, "device": record.device_id,
            "at": record.received_at.isoformat(), "crc": record.crc_kind, "raw": record.raw, "r": record.readings,
        }, ensure_ascii=False).encode()
    return json.dumps({"k": "q", "mn": record.mn, "cn": record.cn, "at": record.received_at.isoformat(),
                       "peer": record.peer, "raw": record.raw}, ensure_ascii=False).encode()


def decode(data: bytes) -> PacketRecord | QuarantineRecord:
    d = json.loads(data)
    if d["k"] == "p":
        return PacketRecord(
            mn=d["mn"], cn=d["cn"], data_time=datetime.fromisoformat(d["t"]), pno=d["pno"], st=d["st"], qn=d["qn"],
            flag=d["flag"], device_id=d["device"], received_at=datetime.fromisoformat(d["at"]), crc_kind=d["crc"],
            raw=d["raw"], readings=[tuple(r) for r in d["r"]],
        )
    return QuarantineRecord(d["mn"], d["cn"], datetime.fromisoformat(d["at"]), d["peer"], d["raw"])


async def _ensure_stream(js) -> None:
    from nats.js.api import RetentionPolicy, StorageType, StreamConfig
    from nats.js.errors import NotFoundError

    try:
        await js.stream_info(stream_name())
    except NotFoundError:
        await js.add_stream(StreamConfig(
            name=stream_name(), subjects=[subject("packets", ">"), subject("counters")], retention=RetentionPolicy.WORK_QUEUE, storage=StorageType.FILE,
            duplicate_window=600.0,
        ))


class Publisher:
    """The receiver's sink in NATS mode: ``submit(records)`` resolves once JetStream acknowledged every record."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.nc = None
        self.js = None
        self._counters = None

    async def connect(self) -> None:
        import nats

        self.nc = await nats.connect(self.url, max_reconnect_attempts=-1)
        self.js = self.nc.jetstream()
        await _ensure_stream(self.js)

    def bind_counters(self, counters) -> None:
        self._counters = counters

    def submit(self, records) -> asyncio.Future:
        return asyncio.ensure_future(self._publish(records))

    async def _publish(self, records) -> list[str]:
        acks = []
        for r in records:
            headers = None
            if isinstance(r, PacketRecord):
                headers = {"Nats-Msg-Id": f"{r.mn}|{r.cn}|{r.data_time.isoformat()}|{r.pno}"}
            acks.append(await self.js.publish_async(subject("packets", _subject_token(r.mn)), encode(r),
                                                    headers=headers))
        results = await asyncio.gather(*acks)
        out = ["published" if not ack.duplicate else "duplicate" for ack in results]
        if self._counters is not None and "duplicate" in out:
            self._counters.add("duplicates", out.count("duplicate"))  # dropped by the broker's duplicate window
        return out

    def flush_counters(self) -> None:
        if self._counters is None or self.js is None:
            return
        counts = self._counters.take()
        if counts:
            asyncio.ensure_future(self.js.publish(subject("counters"), json.dumps(counts).encode()))


def _subject_token(mn: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in mn) or "_"


async def run_writer(url: str, batch: int = 2000, stop: asyncio.Event | None = None) -> None:
    import nats
    from nats.errors import TimeoutError as NatsTimeout

    nc = await nats.connect(url, max_reconnect_attempts=-1)
    js = nc.jetstream()
    await _ensure_stream(js)
    sub = await js.pull_subscribe("", durable=DURABLE, stream=stream_name())
    # Django connections belong to a thread: one thread does every transaction of this writer.
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="hj212-writer")
    store_box: list[Store] = []

    def write(packets, quarantine, counters):
        if not store_box:
            store_box.append(Store())
        return store_box[0].write(packets, quarantine, counters)

    loop = asyncio.get_running_loop()
    log.info("hj212 writer: consuming %s from %s", stream_name(), url)
    while stop is None or not stop.is_set():
        try:
            msgs = await sub.fetch(batch, timeout=1)
        except (TimeoutError, NatsTimeout):
            continue
        packets, quarantine, counters = [], [], {}
        for m in msgs:
            if m.subject == subject("counters"):
                for k, v in json.loads(m.data).items():
                    counters[k] = counters.get(k, 0) + v
                continue
            rec = decode(m.data)
            (packets if isinstance(rec, PacketRecord) else quarantine).append(rec)
        try:
            await loop.run_in_executor(pool, write, packets, quarantine, counters)
        except Exception:
            log.exception("hj212 writer: batch of %d messages not stored; they will be delivered again", len(msgs))
            for m in msgs:
                await m.nak(delay=1)
            await asyncio.sleep(1)
            continue
        for m in msgs:
            await m.ack()
    await nc.close()
    pool.shutdown()
