"""One way to refuse: :class:`DomainError` with a code, translated where it is shown.

Every app declares its codes as a ``TextChoices`` enum (value = the stable code clients and tests match on, label =
the translated message template with ``%(name)s`` placeholders)::

    class LedgerError(models.TextChoices):
        NOT_DRAFT = "ledger.not_draft", _("Only a draft can be confirmed (this plan is %(status)s).")

    raise Conflict(LedgerError.NOT_DRAFT, status=plan.get_status_display())

The error carries its HTTP status by class (:class:`DomainError` 400, :class:`Forbidden` 403, :class:`NotFound`
404, :class:`Conflict` 409) and optionally the form or API field it belongs to. One API exception handler
(``core.api.exception_handler``), one page handler (``DomainErrorMiddleware``), one form helper
(:func:`add_to_form`) and the CLI (``CommandError(str(exc))``) show it; the message is rendered in the language
active where it is shown, not where it was raised.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class CoreError(models.TextChoices):
    FORBIDDEN = "core.forbidden", _("You may not do this.")
    READ_ONLY = "core.read_only", _("Your role is read-only.")
    NO_RULE = "core.no_rule", _("This route has no access rule and is closed.")
    OFFICE_ONLY = "core.office_only", _("Only the coordinating office may do this.")
    OUT_OF_AREA = "core.out_of_area", _("%(what)s is outside your area.")
    NOT_FOUND = "core.not_found", _("No such record, or not one you may see.")
    BAD_PARAMETER = "core.bad_parameter", _("%(name)s: %(problem)s")
    BAD_DATE = "core.bad_date", _("%(name)s: not a date (YYYY-MM-DD): %(value)s")
    CONFLICT = "core.conflict", _("The record conflicts with an existing one.")
    FIELD_READ_ONLY = "core.field_read_only", _("%(name)s cannot be changed here.")
    STATUS_READ_ONLY = (
        "core.status_read_only",
        _("The status changes only through the record's workflow actions (%(actions)s)."),
    )
    TRANSITION_NOT_ALLOWED = (
        "core.transition_not_allowed",
        _("“%(action)s” is not possible while the record is “%(state)s”."),
    )
    TRANSITION_FORBIDDEN = "core.transition_forbidden", _("Your role may not “%(action)s” this record.")
    COMMENT_REQUIRED = "core.comment_required", _("Please give a reason (comment) for “%(action)s”.")
    CREATE_FORBIDDEN = "core.create_forbidden", _("Your role may not add a %(model)s.")
    OUT_OF_SCOPE = "core.out_of_scope", _("%(name)s: “%(what)s” is not a record you may use here.")
    REQUIRED_FOR_SCOPE = "core.required_for_scope", _("%(name)s is required (it decides who may see the record).")
    DELETE_FORBIDDEN = (
        "core.delete_forbidden",
        _("This record cannot be deleted by your role; withdraw or archive it through its workflow."),
    )
    DELETE_CASCADES = (
        "core.delete_cascades",
        _("Deleting this record would also delete other records (%(what)s); it is kept."),
    )
    BODY_TOO_LARGE = "core.body_too_large", _("The request is too large (at most %(limit)s bytes).")
    UPLOAD_TOO_LARGE = "core.upload_too_large", _("The file “%(name)s” is too large (at most %(limit)s MB).")
    JSON_TOO_DEEP = "core.json_too_deep", _("The JSON is nested too deeply (at most %(depth)s levels).")
    THROTTLED = "core.throttled", _("Too many requests; please wait %(wait)s seconds and try again.")
    LOCKED_OUT = (
        "core.locked_out",
        _("Too many failed sign-ins for this account or address; try again after %(minutes)s minutes."),
    )
    BAD_CREDENTIALS = "core.bad_credentials", _("The user name or password is wrong.")
    TOKEN_EXPIRED = "core.token_expired", _("The token has expired or was revoked; ask for a new one.")
    DATABASE_BUSY = "core.database_busy", _("The database is busy; please try again in a moment.")
    DATABASE_UNAVAILABLE = "core.database_unavailable", _("The database cannot be reached; please try again later.")
    SERVER_ERROR = "core.server_error", _("Something went wrong on the server; the error has been logged.")
    BAD_REQUEST = "core.bad_request", _("The request could not be understood.")
    NOT_FOUND_ROUTE = "core.no_route", _("There is no such address.")


class DomainError(Exception):
    """A refusal with a stable ``code`` and a translated message. HTTP 400 unless a subclass says otherwise."""

    http_status = 400

    def __init__(self, code: models.TextChoices, *, field: str | None = None, **params):
        self.code = code
        self.field = field
        self.params = params
        super().__init__(code.value)

    @property
    def message(self) -> str:
        """The message in the active language (computed when shown, not when raised)."""
        template = str(self.code.label)
        params = {k: (str(v) if v is not None else "—") for k, v in self.params.items()}
        try:
            return template % params if params else template.replace("%%", "%")
        except (KeyError, ValueError, TypeError):  # a template without the placeholder: never fail to refuse
            return template

    def __str__(self) -> str:
        return self.message

    def as_dict(self) -> dict:
        out = {"code": self.code.value, "detail": self.message}
        if self.field:
            out["field"] = self.field
        return out


class Forbidden(DomainError):
    http_status = 403


class NotFound(DomainError):
    http_status = 404


class Conflict(DomainError):
    http_status = 409


class TooLarge(DomainError):
    http_status = 413


class Unavailable(DomainError):
    http_status = 503


def add_to_form(form, exc: DomainError) -> None:
    """Show a domain error on a Django form: on its field when the form has it, else as a form-wide error."""
    form.add_error(exc.field if exc.field in form.fields else None, exc.message)
