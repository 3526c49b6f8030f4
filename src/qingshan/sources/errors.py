from django.db import models
from django.utils.translation import gettext_lazy as _


class SourcesError(models.TextChoices):
    CREDIT_CODE_FORMAT = (
        "sources.credit_code_format",
        _("%(value)s is not a unified social credit code (18 characters of 0-9 and A-Y without I, O, S, V, Z)."),
    )
    PERMIT_NUMBER = (
        "sources.permit_number",
        _("%(value)s is not a discharge-permit number (credit code + 3-digit sequence + a letter, or H9…)."),
    )
    IMPORT_FORMAT = "sources.import_format", _("%(file)s: only .csv and .xlsx files can be imported.")
    IMPORT_UNREADABLE = "sources.import_unreadable", _("%(file)s cannot be read: %(problem)s")
    IMPORT_COLUMNS = "sources.import_columns", _("%(file)s: missing columns: %(columns)s.")
    IMPORT_ROWS = "sources.import_rows", _("%(file)s: nothing was imported; %(count)s problem(s): %(problems)s")
    HANDLING_REQUIRED = (
        "sources.handling_required",
        _("Say how the alert was handled: a note or the inspection it led to."),
    )
    BAD_TIME = "sources.bad_time", _("%(name)s: not a time (2024-05-01, 2024-05-01T08:00 or 20240501080000): %(value)s")
    UNKNOWN_DEVICE = "sources.unknown_device", _("No monitoring device with MN %(mn)s.")
