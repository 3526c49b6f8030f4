"""``qingshan hj212 serve | stats | simulate | writer`` — the HJ 212 receiver and its tools."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import signal

from django.core.management.base import BaseCommand, CommandError

from qingshan.sources import selectors


class Command(BaseCommand):
    help = "HJ 212 online-monitoring receiver: serve, stats, simulate devices, NATS writer."

    def add_arguments(self, parser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        s = sub.add_parser("serve", help="Receive HJ 212 packets over TCP; answer each once it is durable.")
        s.add_argument("--host", default="127.0.0.1")
        s.add_argument("--port", type=int, default=9212)
        s.add_argument("--idle-timeout", type=float, default=300.0, help="close a silent connection (s)")
        s.add_argument("--partial-timeout", type=float, default=30.0, help="close a connection stuck mid-packet (s)")
        s.add_argument("--writers", type=int, default=2, help="committer threads on PostgreSQL (default 2)")
        s.add_argument("--processes", type=int, default=1,
                       help="receiver processes sharing the port (SO_REUSEPORT, Linux); they die with the first")
        s.add_argument("--nats", default=os.environ.get("QINGSHAN_HJ212_NATS", ""),
                       help="publish to NATS JetStream at this URL instead of writing (QINGSHAN_HJ212_NATS)")
        st = sub.add_parser("stats", help="Counters of the receivers: received, stored, duplicates, rejected.")
        st.add_argument("--format", choices=["json", "text"], default="json")
        sim = sub.add_parser(
            "simulate",
            help="Simulated devices (registered ones first) sending real-time packets to a receiver; each device's "
                 "DataTime starts now and advances by its reporting interval a packet (an accelerated clock).",
        )
        sim.add_argument("--devices", type=int, default=10)
        sim.add_argument("--rate", type=float, default=10.0, help="packets per second, all devices together")
        sim.add_argument("--duration", type=float, default=10.0, help="seconds")
        sim.add_argument("--faults", action="store_true", help="bad CRCs, split/merged packets, garbage, slow links")
        sim.add_argument("--host", default="127.0.0.1")
        sim.add_argument("--port", type=int, default=9212)
        w = sub.add_parser("writer", help="Store packets from NATS JetStream (receivers run with --nats).")
        w.add_argument("--nats", default=os.environ.get("QINGSHAN_HJ212_NATS", "nats://127.0.0.1:4222"))
        w.add_argument("--batch", type=int, default=2000)

    def handle(self, *args, **opts) -> None:
        getattr(self, f"do_{opts['action']}")(opts)

    def do_serve(self, opts) -> None:
        from qingshan.sources.receiver.server import Settings, serve, tune_collector

        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
        settings = Settings(host=opts["host"], port=opts["port"], idle_timeout=opts["idle_timeout"],
                            partial_timeout=opts["partial_timeout"], writers=opts["writers"],
                            reuse_port=opts["processes"] > 1)
        if opts["processes"] > 1:
            _fork_workers(opts["processes"] - 1)
        sink = None
        if opts["nats"]:
            from qingshan.sources.receiver.nats import Publisher

            sink = Publisher(opts["nats"])

        def ready(receiver, server) -> None:
            addr = server.sockets[0].getsockname()
            self.stdout.write(f"hj212 receiver listening on {addr[0]}:{addr[1]} "
                              f"({len(receiver.registry)} devices registered"
                              f"{', NATS ' + opts['nats'] if opts['nats'] else ''})")
            self.stdout.flush()

        tune_collector()

        async def main() -> None:
            loop = asyncio.get_running_loop()
            stop = asyncio.Event()
            for sig in (signal.SIGINT, signal.SIGTERM):
                loop.add_signal_handler(sig, stop.set)
            if sink is not None:
                await sink.connect()
            task = asyncio.create_task(serve(settings, sink, ready))
            await stop.wait()
            task.cancel()

        _run(main())

    def do_stats(self, opts) -> None:
        stats = selectors.receiver_stats()
        if opts["format"] == "json":
            self.stdout.write(json.dumps(stats, ensure_ascii=False, indent=2))
        else:
            for k, v in stats.items():
                self.stdout.write(f"{k}: {v}")

    def do_simulate(self, opts) -> None:
        from qingshan.sources.simulator import devices_from_registry, fictitious_devices, simulate

        devices = devices_from_registry()[: opts["devices"]]
        if len(devices) < opts["devices"]:
            extra = opts["devices"] - len(devices)
            self.stderr.write(f"{extra} simulated devices are not registered: the receiver quarantines their packets")
            devices += fictitious_devices(extra)
        try:
            stats = _run(simulate(devices, opts["host"], opts["port"], opts["rate"], opts["duration"],
                                  opts["faults"]))
        except OSError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(json.dumps({"devices": len(devices), "sent": stats.sent, "answered": stats.answered,
                                      "faults": stats.faults, "errors": stats.errors, "resent": stats.resent}))

    def do_writer(self, opts) -> None:
        from qingshan.sources.receiver.nats import run_writer

        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
        _run(run_writer(opts["nats"], batch=opts["batch"]))


def _fork_workers(n: int) -> None:
    """Fork ``n`` more receiver processes before any database connection or event loop exists; each runs the same
    server on the same port (the kernel spreads connections, SO_REUSEPORT) with its own committer. A child is
    killed when its parent dies (PR_SET_PDEATHSIG), so SIGKILL of the first process stops them all."""
    import ctypes
    import os

    from django.db import connections

    connections.close_all()
    for _ in range(n):
        if os.fork() == 0:
            try:
                ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, int(signal.SIGKILL), 0, 0, 0)  # PR_SET_PDEATHSIG
            except OSError:
                pass
            return


def _run(coro):
    try:
        import uvloop  # noqa: F401

        return uvloop.run(coro)
    except ImportError:
        return asyncio.run(coro)
