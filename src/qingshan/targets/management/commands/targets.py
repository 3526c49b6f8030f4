from __future__ import annotations

import argparse
import json
from datetime import date

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from qingshan.ledger.models import Plan, PlanTarget
from qingshan.targets import services
from qingshan.targets.models import Indicator


def _date(raw: str) -> date:
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {raw!r}") from None


class Command(BaseCommand):
    help = "Indicator catalogue and the links of plan targets to it."

    def add_arguments(self, parser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser("catalogue", help="Load (idempotently) and print the indicator catalogue.")
        lk = sub.add_parser("link", help="Link the targets of a plan (or all) to indicators.")
        lk.add_argument("--plan", type=int)
        un = sub.add_parser("unlinked", help="Targets no indicator was found for, to link by hand.")
        un.add_argument("--plan", type=int)
        un.add_argument("--format", choices=["text", "json"], default="text")
        man = sub.add_parser("link-one", help="Link one target by hand (remembered for later plans).")
        man.add_argument("target", type=int)
        man.add_argument("indicator", help="indicator code")
        ls = sub.add_parser(
            "list", help="Every target with its indicator, status, and the figures and rule behind it."
        )
        ls.add_argument("--plan", type=int)
        ls.add_argument("--format", choices=["text", "json"], default="text")
        ls.add_argument("--as-of", type=_date, help="evaluate as of this date (YYYY-MM-DD; default today)")

    def handle(self, *args, **opts) -> None:
        getattr(self, "do_" + opts["action"].replace("-", "_"))(opts)

    def _targets(self, opts):
        qs = PlanTarget.objects.select_related("plan")
        if opts.get("plan"):
            if not Plan.objects.filter(pk=opts["plan"]).exists():
                raise CommandError(f"no plan {opts['plan']}")
            qs = qs.filter(plan_id=opts["plan"])
        return qs

    def do_catalogue(self, opts) -> None:
        services.load_indicators()
        for i in Indicator.objects.all():
            self.stdout.write(
                f"{i.code}\t{i.name}\t{i.unit}\t{i.direction}\t{i.source}\t{'、'.join(i.aliases)}"
            )

    def do_link(self, opts) -> None:
        counts = services.link_targets(self._targets(opts))
        self.stdout.write(", ".join(f"{k}: {v}" for k, v in sorted(counts.items())))

    def do_unlinked(self, opts) -> None:
        rows = [
            {"id": t.pk, "plan": t.plan_id, "indicator": t.indicator, "text": t.text}
            for t in services.unlinked(self._targets(opts)).order_by("plan_id", "span_start")
        ]
        if opts["format"] == "json":
            self.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1))
            return
        for r in rows:
            self.stdout.write(f"{r['id']}\tplan {r['plan']}\t{r['indicator']}\t{r['text'][:60]}")

    def do_link_one(self, opts) -> None:
        target = PlanTarget.objects.filter(pk=opts["target"]).first()
        indicator = Indicator.objects.filter(code=opts["indicator"]).first()
        if target is None or indicator is None:
            raise CommandError("unknown target id or indicator code")
        services.link_manually(target, indicator)
        self.stdout.write(f"{target.indicator} → {indicator.code} (remembered)")

    def do_list(self, opts) -> None:
        from qingshan.targets import status

        as_of = opts.get("as_of") or timezone.localdate()
        rows = status.evaluate(self._targets(opts), as_of)
        if opts["format"] == "json":
            out = {
                "as_of": as_of.isoformat(),
                "counts": status.counts(rows),
                "targets": [r.as_dict() for r in rows],
            }
            self.stdout.write(json.dumps(out, ensure_ascii=False, indent=1, default=str))
            return
        for r in rows:
            code = r.indicator.code if r.indicator else "—"
            self.stdout.write(
                f"[{r.label}] #{r.target.pk} plan {r.target.plan_id} {code}: {r.target.text[:70]}"
            )
            self.stdout.write(f"    {r.verdict.rule}: {r.verdict.reason}")
            if r.figures.note:
                self.stdout.write(f"    注意: {r.figures.note}")
        counts = ", ".join(f"{k} {v}" for k, v in status.counts(rows).items() if v)
        self.stdout.write(f"{len(rows)} targets as of {as_of}: {counts}")
