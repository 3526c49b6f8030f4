"""The ledger's refusals (``core.errors`` convention): its own codes, and ``ledger.read.<code>``, which translates a
plan reader error (``qingshan.planreader.PlanReadError.code``): the reader is pure and speaks English to logs; the
platform shows these messages, which name the file, wherever a reader error reaches a person (upload page,
``qingshan plan`` CLI)."""

from __future__ import annotations

from pathlib import Path

from django.db import models
from django.utils.translation import gettext_lazy as _

from qingshan.core.errors import DomainError


class LedgerError(models.TextChoices):
    OUT_OF_AREA = "ledger.out_of_area", _("The plan belongs to %(area)s, outside your area.")
    NO_DIVISION = (
        "ledger.no_division",
        _("%(file)s: cannot tell which city or county the plan belongs to; choose it."),
    )
    FOREIGN_DIVISION = (
        "ledger.foreign_division",
        _(
            "%(file)s: the document names %(place)s, which is not an area of this platform — it looks like another "
            "place's plan. Choose an area only if the plan is that area's own."
        ),
    )
    PLAN_NOT_CONFIRMED = (
        "ledger.plan_not_confirmed",
        _(
            "The plan is not the confirmed ledger (it is “%(status)s”): its tasks are started, completed and reported "
            "on once it is confirmed."
        ),
    )
    STALE_REVISION = (
        "ledger.stale_revision",
        _(
            "Version %(version)s of this plan was confirmed after this draft was uploaded; this draft revises version "
            "%(base)s. Choose the plan again under “This draft revises” to make it a revision of version "
            "%(version)s, check the differences, then confirm."
        ),
    )
    NOT_LEAD = "ledger.not_lead", _("Only the task's lead unit or the coordinating office may do this.")
    NOT_EDITABLE_HERE = "ledger.not_editable_here", _("Only the coordinating office of the plan's area edits its ledger.")
    VERSION_IS_HISTORY = (
        "ledger.version_is_history",
        _("This version is “%(status)s”: it is kept as history and cannot be edited."),
    )
    TASK_HAS_REPORTS = (
        "ledger.task_has_reports",
        _("Task %(number)s has progress reports: merge it into another task instead of deleting it."),
    )
    SPLIT_POSITION = "ledger.split_position", _("Choose where to split, between 1 and %(length)s characters.")
    NUMBER_TAKEN = "ledger.number_taken", _("The number %(number)s is empty or already used in this plan.")
    MERGE_OTHER_PLAN = "ledger.merge_other_plan", _("Only two different tasks of the same plan can be merged.")
    MERGE_REPORT_CLASH = (
        "ledger.merge_report_clash",
        _("Task %(number)s has a report for a period the other task already has: settle that report first."),
    )
    TARGET_TASK_OTHER_PLAN = "ledger.target_task_other_plan", _("The task must be a task of the same plan.")
    ALREADY_STORED = (
        "ledger.already_stored",
        _("This document is already stored: “%(title)s”, version %(version)s (%(status)s)."),
    )
    READ_EMPTY = "ledger.read.empty", _("%(file)s is empty: it has no text.")
    READ_BINARY = (
        "ledger.read.binary",
        _("%(file)s is not a document the reader knows: use text, Word (.docx), Excel (.xlsx, .xls) or PDF."),
    )
    READ_ENCODING = (
        "ledger.read.encoding",
        _(
            "%(file)s looks like text in %(encoding)s, not UTF-8 or GB18030: save it as UTF-8 and upload it again."
        ),
    )
    READ_OFFICE_UNREADABLE = (
        "ledger.read.office_unreadable",
        _("%(file)s is a damaged Word or Excel file: open and save it again, then upload it."),
    )
    READ_DOCX_UNREADABLE = (
        "ledger.read.docx_unreadable",
        _("%(file)s is a damaged Word (.docx) file: open and save it again, then upload it."),
    )
    READ_XLSX_UNREADABLE = (
        "ledger.read.xlsx_unreadable",
        _("%(file)s is a damaged Excel (.xlsx) file: open and save it again, then upload it."),
    )
    READ_PDF_UNREADABLE = "ledger.read.pdf_unreadable", _("%(file)s is a damaged PDF file.")
    READ_PDF_NO_TEXT_LAYER = (
        "ledger.read.pdf_no_text_layer",
        _("%(file)s is a scanned PDF without a text layer: run OCR (text recognition) on it first."),
    )
    READ_LEGACY_OFFICE = (
        "ledger.read.legacy_office",
        _("%(file)s is an old Word .doc (or a damaged .xls) file: save it as .docx or .xlsx."),
    )
    READ_UNSUPPORTED_FORMAT = (
        "ledger.read.unsupported_format",
        _("%(file)s is a zip archive that is neither a Word nor an Excel file."),
    )
    READ_TOO_LARGE = (
        "ledger.read.too_large",
        _(
            "%(file)s expands to %(size_mb)s MB (%(ratio)s times its size); the limit is %(limit_mb)s MB and "
            "%(max_ratio)s times. It was refused before reading."
        ),
    )
    READ_TOO_LONG = (
        "ledger.read.too_long",
        _("%(file)s has %(chars)s characters of text; the limit is %(limit)s."),
    )
    READ_NOT_A_PLAN = (
        "ledger.read.not_a_plan",
        _(
            "%(file)s does not look like a plan: no tasks with responsible units and no quantitative targets found."
        ),
    )
    READ_SPREADSHEET_NOT_A_PLAN = (
        "ledger.read.spreadsheet_not_a_plan",
        _(
            "%(file)s is a spreadsheet but not a plan: no task table (序号, 重点任务, 牵头单位 …) and no targets "
            "found."
        ),
    )
    READ_UNREADABLE = "ledger.read.unreadable", _("%(file)s cannot be read.")
    READ_READER_FAILED = (
        "ledger.read.reader_failed",
        _(
            "The plan reader failed on %(file)s: a fault of the reader, not of your file. Nothing was stored; send the "
            "file to the platform's maintainers."
        ),
    )


def read_error(exc) -> DomainError:
    """The translated refusal for a :class:`~qingshan.planreader.PlanReadError`, on the form's ``file`` field."""
    try:
        code = LedgerError(f"ledger.read.{exc.code}")
    except ValueError:
        code = LedgerError.READ_UNREADABLE
    params = {
        k: (f"{v:,}" if isinstance(v, int) and not isinstance(v, bool) else v) for k, v in exc.params.items()
    }
    return DomainError(code, field="file", file=Path(exc.path).name, **params)
