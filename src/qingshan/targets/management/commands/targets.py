from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError

from qingshan.ledger.models import Plan, PlanTarget
from qingshan.targets import services
from qingshan.targets.models import Indicator


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
