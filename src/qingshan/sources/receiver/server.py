"""The HJ 212 receiver: an asyncio TCP server that answers a packet only once it is durable.

Per connection: reads go through a :class:`~qingshan.hj212.Framer`; the frames of one read are judged
(:func:`.ingest.judge`), the ones to keep are handed to the :class:`Committer` together, and the connection waits
for their commit before it writes their answers (in the order the packets came) and reads again. So

- **no acknowledged loss**: a 9014 is written after COMMIT returned; SIGKILL at any moment loses at most packets
  that were never answered, which the device sends again (and a restart resumes: nothing is kept in memory but
  the current batch);
- **group commit**: the committer thread takes everything waiting — the packets of many connections — into one
  transaction, so the number of commits per second does not bound the packets per second;
- **fairness**: a connection has at most one read (≤ ``read_size`` bytes, ≤ ``max_inflight`` packets) in flight,
  and the committer serves the queue first come, first served: a device that floods waits for its own commits and
  cannot push the others out;
- **timeouts**: a connection silent for ``idle_timeout`` seconds, or holding a partial frame for
  ``partial_timeout`` seconds, is closed;
- **malformed input never ends the process**: a bad frame is counted by reason and skipped; an unexpected error
  in one connection closes that connection only; a failed transaction fails its packets (unanswered) and the
  committer reconnects.

With ``QINGSHAN_HJ212_NATS`` set, :mod:`.nats` replaces the committer by a JetStream publisher (answers after the
broker's ack) and writer processes store.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime

from qingshan.hj212 import Bad, Frame, Framer, Reassembler

from .ingest import Outcome, Registry, judge
from .store import PacketRecord, QuarantineRecord, Store

log = logging.getLogger("qingshan.hj212")


@dataclass
class Settings:
    host: str = "127.0.0.1"
    port: int = 9212
    idle_timeout: float = 300.0
    partial_timeout: float = 30.0
    read_size: int = 16384
    max_inflight: int = 256
    max_batch: int = 8000
    registry_ttl: float = 5.0
    writers: int = 2  # committer threads, each with its own connection (PostgreSQL only; SQLite has one writer)


@dataclass
class Counters:
    """In-memory counters not yet written; the committer adds them to the next transaction."""

    pending: Counter = field(default_factory=Counter)
    total: Counter = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, name: str, n: int = 1) -> None:
        with self.lock:
            self.pending[name] += n
            self.total[name] += n

    def take(self) -> dict[str, int]:
        with self.lock:
            out = dict(self.pending)
            self.pending.clear()
            return out


class Committer:
    """Group commit in a thread of its own (its own database connection): waits for work, takes all that waits,
    writes it in one transaction, then resolves the waiting futures on the event loop."""

    def __init__(self, loop: asyncio.AbstractEventLoop, counters: Counters, max_batch: int = 8000,
                 writers: int = 1) -> None:
        self.loop = loop
        self.counters = counters
        self.max_batch = max_batch
        self._q: queue.SimpleQueue = queue.SimpleQueue()
        # Two transactions in flight let PostgreSQL use a second core while the first one commits; a packet key
        # inserted by both waits for the first and is a duplicate for the second (ON CONFLICT DO NOTHING).
        self._threads = [
            threading.Thread(target=self._run, name=f"hj212-committer-{i}", daemon=True) for i in range(writers)
        ]
        self._stop = False
        self.batches = 0

    def start(self) -> None:
        for t in self._threads:
            t.start()

    def stop(self) -> None:
        self._stop = True
        for _ in self._threads:
            self._q.put(None)
        for t in self._threads:
            t.join(timeout=10)

    def submit(self, records: list[PacketRecord | QuarantineRecord]) -> asyncio.Future:
        fut = self.loop.create_future()
        self._q.put((records, fut))
        return fut

    def flush_counters(self) -> None:
        self._q.put(([], None))

    def _run(self) -> None:
        store = None
        while not self._stop:
            item = self._q.get()
            if item is None:
                break
            work = [item]
            size = len(item[0])
            while size < self.max_batch:
                try:
                    nxt = self._q.get_nowait()
                except queue.Empty:
                    break
                if nxt is None:
                    self._stop = True
                    self._q.put(None)  # for the other committer threads
                    break
                work.append(nxt)
                size += len(nxt[0])
            packets = [r for recs, _f in work for r in recs if isinstance(r, PacketRecord)]
            quarantine = [r for recs, _f in work for r in recs if isinstance(r, QuarantineRecord)]
            counters = self.counters.take()
            try:
                if store is None:
                    store = Store()
                results = store.write(packets, quarantine, counters)
            except Exception as exc:  # a failed transaction: its packets stay unanswered; reconnect next time
                log.exception("hj212: batch of %d packets not stored", len(packets))
                with self.counters.lock:
                    self.counters.pending.update(counters)  # keep the counts for the next transaction
                if store is not None:
                    try:
                        store.close()
                    except Exception:
                        pass
                    store = None
                for _recs, fut in work:
                    if fut is not None:
                        self.loop.call_soon_threadsafe(_fail, fut, exc)
                time.sleep(0.2)
                continue
            self.batches += 1
            it = iter(results)
            for recs, fut in work:
                mine = [next(it) if isinstance(r, PacketRecord) else "quarantined" for r in recs]
                if fut is not None:
                    self.loop.call_soon_threadsafe(_resolve, fut, mine)
        if store is not None:
            store.close()


def _resolve(fut: asyncio.Future, value) -> None:
    if not fut.done():
        fut.set_result(value)


def _fail(fut: asyncio.Future, exc: Exception) -> None:
    if not fut.done():
        fut.set_exception(exc)


@dataclass(eq=False)
class _Conn:
    writer: asyncio.StreamWriter
    last: float
    partial_since: float | None = None


class Receiver:
    def __init__(self, settings: Settings | None = None, sink=None) -> None:
        self.settings = settings or Settings()
        self.registry = Registry(self.settings.registry_ttl)
        self.counters = Counters()
        self.sink = sink  # None: commit to the database; else an object with submit(records) -> Future
        self.committer: Committer | None = None
        self.server: asyncio.AbstractServer | None = None
        self.connections = 0
        self._conns: set[_Conn] = set()

    async def start(self) -> asyncio.AbstractServer:
        loop = asyncio.get_running_loop()
        await asyncio.to_thread(self.registry.load)
        if self.sink is None:
            from django.db import connection

            writers = self.settings.writers if connection.vendor == "postgresql" else 1
            self.committer = Committer(loop, self.counters, self.settings.max_batch, writers)
            self.committer.start()
            self.sink = self.committer
        elif hasattr(self.sink, "bind_counters"):
            self.sink.bind_counters(self.counters)
        self.server = await asyncio.start_server(
            self._handle, self.settings.host, self.settings.port, limit=self.settings.read_size, backlog=4096
        )
        loop.create_task(self._housekeeping())
        return self.server

    async def _housekeeping(self) -> None:
        while True:
            await asyncio.sleep(1.0 if self.settings.partial_timeout >= 5 else 0.2)
            self._sweep(time.monotonic())
            if self.registry.stale(time.monotonic()):
                try:
                    await asyncio.to_thread(self.registry.load)
                except Exception:
                    log.exception("hj212: registry not reloaded")
            if self.counters.pending and hasattr(self.sink, "flush_counters"):
                self.sink.flush_counters()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        peer = writer.get_extra_info("peername")
        peer_text = f"{peer[0]}:{peer[1]}" if isinstance(peer, tuple) else str(peer)
        framer = Framer()
        messages = Reassembler(ttl=self.settings.idle_timeout)
        conn = _Conn(writer, time.monotonic())
        self._conns.add(conn)
        read_size = self.settings.read_size
        try:
            while True:
                data = await reader.read(read_size)
                if not data:
                    break
                conn.last = time.monotonic()
                items = framer.feed(data)
                if framer.pending:
                    conn.partial_since = conn.partial_since or conn.last
                else:
                    conn.partial_since = None
                if items:
                    await self._process(items, writer, peer_text, messages)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        except Exception:
            log.exception("hj212: connection %s closed after an unexpected error", peer_text)
        finally:
            self._conns.discard(conn)
            self.connections -= 1
            writer.close()
            try:
                await writer.wait_closed()
            except Exception:
                pass

    def _sweep(self, now: float) -> None:
        """Close connections silent for ``idle_timeout`` or stuck mid-packet for ``partial_timeout`` seconds (one
        sweep a second instead of a timer per read: ``wait_for`` on every read cost more than the parsing)."""
        s = self.settings
        for c in list(self._conns):
            if now - c.last > s.idle_timeout or (c.partial_since and now - c.partial_since > s.partial_timeout):
                self._conns.discard(c)
                self.counters.add("timeouts")
                c.writer.transport.abort()

    async def _process(self, items: list, writer: asyncio.StreamWriter, peer: str, messages: Reassembler) -> None:
        now = datetime.now(UTC)
        s = self.settings
        for start in range(0, len(items), s.max_inflight):
            chunk = items[start : start + s.max_inflight]
            outcomes: list[Outcome] = []
            for item in chunk:
                if isinstance(item, Bad):
                    self.counters.add("received" if item.reason != "garbage" else "garbage_chunks")
                    self.counters.add(f"rejected_{item.reason}")
                    continue
                assert isinstance(item, Frame)
                self.counters.add("received")
                outcome = judge(item.raw, self.registry, now, peer)
                packet = outcome.packet
                if packet is not None and packet.split:
                    if outcome.kind == "reject" and packet.data_time is None:
                        hint = messages.data_time_for(packet)  # a later part takes its message's DataTime
                        if hint is not None:
                            outcome = judge(item.raw, self.registry, now, peer, hint)
                    if outcome.kind == "store":
                        messages.add(packet)
                if outcome.kind == "reject":
                    self.counters.add(f"rejected_{outcome.reason}")
                elif outcome.kind == "quarantine":
                    self.counters.add("rejected_unknown_mn")
                    self.counters.add("quarantined")
                elif outcome.kind == "other":
                    self.counters.add("other")
                outcomes.append(outcome)
            records = [o.record for o in outcomes if o.record is not None]
            results: list[str] = []
            if records:
                try:
                    results = await self.sink.submit(records)
                except Exception:
                    # Not durable: answer nothing of this read and drop the connection (the device resends).
                    raise ConnectionError("store failed") from None
            out = bytearray()
            for o in outcomes:
                if o.answer_now:
                    out += o.answer_now
                if o.record is not None and o.answer_after_commit and results:
                    out += o.answer_after_commit
            if out:
                writer.write(bytes(out))
                await writer.drain()
        messages.expire()


async def serve(settings: Settings, sink=None, ready=None) -> None:
    receiver = Receiver(settings, sink)
    server = await receiver.start()
    addrs = ", ".join(str(sock.getsockname()) for sock in server.sockets)
    log.info("hj212 receiver listening on %s", addrs)
    if ready:
        ready(receiver, server)
    async with server:
        await server.serve_forever()
