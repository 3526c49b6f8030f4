"""Refusals of the supervision app (codes stable, messages translated where shown)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class SupervisionError(models.TextChoices):
    # --- importing a ledger (each names the file, row and column) ---------------------------------------------
    IMPORT_FAILED = "supervision.import_failed", _("%(file)s: %(count)s problem(s) — nothing was imported. %(first)s")
    UNREADABLE = "supervision.import.unreadable", _("%(file)s: cannot be read (%(detail)s).")
    FILE_TYPE = (
        "supervision.import.file_type",
        _("%(file)s: use an Excel workbook (.xlsx), a Word document (.docx) or CSV; convert .xls/.doc first."),
    )
    NO_TABLE = "supervision.import.no_table", _("%(file)s: no table found.")
    NO_HEADER = (
        "supervision.import.no_header",
        _("%(file)s: no header row naming the problem (反馈问题/问题描述/具体问题) in the first rows."),
    )
    NO_PROBLEM = "supervision.import.no_problem", _("row %(row)s, %(column)s: the problem is empty.")
    NO_UNIT = "supervision.import.no_unit", _("row %(row)s: no lead or responsible unit.")
    NO_DEADLINE = "supervision.import.no_deadline", _("row %(row)s, %(column)s: no deadline.")
    BAD_DEADLINE = (
        "supervision.import.bad_deadline",
        _("row %(row)s, %(column)s: “%(value)s” is not a deadline (a date such as 2024年12月底前, 长期坚持 or 立行立改)."),
    )
    BAD_STATUS = (
        "supervision.import.bad_status",
        _("row %(row)s, %(column)s: “%(value)s” is not a known status word (%(known)s)."),
    )
    UNKNOWN_UNITS = (
        "supervision.import.unknown_units",
        _("Units not in the registry: %(names)s — map each to a registered unit or keep it as written."),
    )
    BAD_MAPPING = "supervision.import.bad_mapping", _("Mapping “%(value)s”: %(problem)s.")
    NO_DIVISION = "supervision.no_division", _("No city named “%(name)s”.")
    # --- rectification workflow ---------------------------------------------------------------------------------
    EVIDENCE_MISSING = (
        "supervision.evidence_missing",
        _("Attach the required evidence before applying for closure: %(missing)s."),
    )
    LONG_TERM_NEVER_CLOSED = (
        "supervision.long_term",
        _("A long-term item (长期坚持) reports periodically and is never closed."),
    )
    PUBLICITY_RUNNING = (
        "supervision.publicity_running",
        _("The public notice runs until %(until)s; the item can be closed after that."),
    )
    OBJECTION_OPEN = (
        "supervision.objection_open",
        _("%(count)s public objection(s) are not yet answered."),
    )
    NOT_ON_NOTICE = "supervision.not_on_notice", _("Objections can be raised only while an item is on public notice.")
    OBJECTION_EMPTY = "supervision.objection_empty", _("Please write your objection.")
    FILE_REFUSED = (
        "supervision.file_refused",
        _("%(name)s: files of type “%(ext)s” are not accepted (allowed: %(allowed)s)."),
    )
    FILE_TOO_LARGE = "supervision.file_too_large", _("%(name)s is larger than 20 MB.")
    FILE_CONTENT = (
        "supervision.file_content",
        _("%(name)s: its content is not a “%(ext)s” file (damaged, or renamed from another kind)."),
    )
    PHOTO_TYPE = (
        "supervision.photo_type",
        _("%(name)s: a photo must be a picture or a document holding pictures (%(allowed)s)."),
    )
    # --- notices ----------------------------------------------------------------------------------------------
    NO_NEXT_RUNG = "supervision.no_next_rung", _("“%(rung)s” is the last level of the ladder.")
    NOT_A_MEETING = "supervision.not_a_meeting", _("A meeting record belongs to a level that is a meeting (约谈).")
    NOTICE_SUBJECT = "supervision.notice_subject", _("Say what the notice is about (a task, a report or an item).")
    NOTICE_UNIT = "supervision.notice_unit", _("%(unit)s is not responsible for this %(what)s.")
    NOTICE_OUTSIDE = "supervision.notice_outside", _("The unit is outside your city.")
    # --- bulletins --------------------------------------------------------------------------------------------
    BAD_MONTH = "supervision.bad_month", _("%(value)s is not a month (YYYY-MM).")
    FUTURE_MONTH = "supervision.future_month", _("%(value)s has not ended yet.")
    NOT_A_CITY = "supervision.not_a_city", _("Bulletins are built for a city; %(name)s is not one.")
