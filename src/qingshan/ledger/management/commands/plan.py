from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from qingshan.core.errors import DomainError
from qingshan.ledger import services
from qingshan.ledger.errors import read_error
from qingshan.ledger.models import Plan
from qingshan.orgs.models import Division
from qingshan.planreader import PlanReadError, parse_file


class Command(BaseCommand):
    help = "Plan documents: parse (print the structure), import (store a draft for review), confirm, export."

    def add_arguments(self, parser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        p = sub.add_parser(
            "parse",
            help="Print the plan's structure (.txt, .docx, .xlsx/.xls, PDF; JSON contract or readable text).",
        )
        p.add_argument("file")
        p.add_argument("--format", choices=["json", "text"], default="json")
        i = sub.add_parser("import", help="Store a plan document as a draft (a revision if the plan exists).")
        i.add_argument("file")
        i.add_argument(
            "--division", help="city or county the plan belongs to (guessed from the text if omitted)"
        )
        i.add_argument("--confirm", action="store_true", help="confirm it at once (no review)")
        c = sub.add_parser("confirm", help="Confirm a draft plan: it becomes the official ledger.")
        c.add_argument("plan_id", type=int)
        e = sub.add_parser("export", help="Export a plan's ledger to Excel (.xlsx) or JSON.")
        e.add_argument("plan_id", type=int)
        e.add_argument("--output", "-o", required=True, help="file name ending .xlsx or .json")

    def handle(self, *args, **opts) -> None:
        try:
            getattr(self, f"do_{opts['action']}")(opts)
        except PlanReadError as exc:
            raise CommandError(str(read_error(exc))) from None
        except DomainError as exc:
            raise CommandError(str(exc)) from None

    def do_parse(self, opts) -> None:
        try:
            plan = parse_file(opts["file"], limits=services.reader_limits())
        except OSError as exc:
            raise CommandError(f"{opts['file']}: {exc.strerror}") from None
        if opts["format"] == "json":
            self.stdout.write(json.dumps(plan.to_json(), ensure_ascii=False, indent=1))
            return
        w = self.stdout.write
        w(f"{plan.title}\n{plan.issuer or ''} {plan.doc_number or ''} {plan.date or ''}")
        if plan.implicit_units:
            w("落实单位(各项工作): " + "、".join(u.raw for u in plan.implicit_units))
        for t in plan.tasks:
            w(f"\n[{t.number}] {t.heading}")
            w("  牵头: " + "、".join(u.raw + ("" if u.name else "(?)") for u in t.lead))
            if t.cooperating:
                w("  配合: " + "、".join(u.raw + ("" if u.name else "(?)") for u in t.cooperating))
            if t.deadline or t.recurrence:
                w(f"  时限: {t.deadline or ''} {t.recurrence or ''}")
        w("\n目标:")
        for g in plan.targets:
            v = "" if g.value is None else f"{g.value:g}" + (f"~{g.value_max:g}" if g.value_max else "")
            w(
                f"  {g.indicator} {g.comparator} {v}{g.unit} ({g.year or '—'}){' 力争' if g.aspirational else ''}"
                f" [{g.task or '—'}]"
            )
        for warning in plan.warnings:
            w(f"! {warning}")

    def do_import(self, opts) -> None:
        division = None
        if opts["division"]:
            division = Division.objects.filter(name=opts["division"]).first()
            if division is None:
                raise CommandError(f"--division: no division {opts['division']!r}")
        if not Path(opts["file"]).exists():
            raise CommandError(f"{opts['file']}: no such file")
        plan = services.import_plan(opts["file"], division)
        if opts["confirm"] and plan.status == Plan.Status.DRAFT:
            plan = services.confirm_plan(plan)
        flagged = plan.tasks.filter(assignments__unit__isnull=True).distinct().count()
        self.stdout.write(
            f"plan {plan.pk}: {plan.title} — {plan.tasks.count()} tasks, {plan.targets.count()} targets, "
            f"{flagged} tasks with units to review; status {plan.status}"
            + (f"; revision of plan {plan.revision_of_id}" if plan.revision_of_id else "")
        )

    def _plan(self, pk: int) -> Plan:
        plan = Plan.objects.filter(pk=pk).first()
        if plan is None:
            raise CommandError(f"no plan {pk}")
        return plan

    def do_confirm(self, opts) -> None:
        plan = services.confirm_plan(self._plan(opts["plan_id"]))
        self.stdout.write(f"plan {plan.pk} confirmed")

    def do_export(self, opts) -> None:
        plan = self._plan(opts["plan_id"])
        tasks = plan.tasks.prefetch_related("assignments__unit", "targets")
        out = Path(opts["output"])
        if out.suffix == ".xlsx":
            out.write_bytes(services.export_xlsx(plan, tasks))
        elif out.suffix == ".json":
            out.write_text(json.dumps(services.plan_json(plan, tasks), ensure_ascii=False, indent=1), "utf-8")
        else:
            raise CommandError("--output: use a name ending .xlsx or .json")
        self.stdout.write(f"wrote {out}")
