from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from qingshan.dispatch.forms import MultipleFileField

from .models import Notice, Rectification


class LedgerFilterForm(forms.Form):
    source = forms.ChoiceField(label=_("Source"), required=False)
    round = forms.ChoiceField(label=_("Round"), required=False)
    unit = forms.TypedChoiceField(label=_("Unit"), required=False, coerce=int, empty_value=None)
    status = forms.ChoiceField(label=_("Status"), required=False)
    overdue = forms.BooleanField(label=_("Overdue only"), required=False)
    q = forms.CharField(label=_("Words"), required=False, max_length=100)

    def __init__(self, *args, rounds=(), units=(), **kwargs):
        super().__init__(*args, **kwargs)
        every = [("", _("All"))]
        self.fields["source"].choices = every + list(Rectification.Source.choices)
        self.fields["round"].choices = every + [(r, r) for r in rounds]
        self.fields["unit"].choices = every + [(u.pk, u.short_name or u.name) for u in units]
        self.fields["status"].choices = every + list(Rectification.Status.choices)


class ItemActionForm(forms.Form):
    """One workflow action on an item: a comment and files by kind (the application needs its evidence)."""

    action = forms.CharField(widget=forms.HiddenInput)
    comment = forms.CharField(label=_("Comment"), widget=forms.Textarea(attrs={"rows": 3}), required=False)
    report = MultipleFileField(label=_("Rectification report"), required=False)
    acceptance = MultipleFileField(label=_("Acceptance material"), required=False)
    photo = MultipleFileField(label=_("Photos"), required=False)
    other = MultipleFileField(label=_("Other files"), required=False)

    @staticmethod
    def files_of(data: dict) -> list[tuple[str, object]]:
        """(kind, file) of every file attached, from the form's cleaned data."""
        return [(kind, f) for kind in ("report", "acceptance", "photo", "other") for f in data.get(kind) or []]


class MapUnitForm(forms.Form):
    unit = forms.TypedChoiceField(label=_("Registered unit"), coerce=int)
    remember = forms.BooleanField(label=_("Remember the name as an alias"), required=False, initial=True)

    def __init__(self, *args, units=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].choices = [(u.pk, u.name) for u in units]


class UploadForm(forms.Form):
    file = forms.FileField(label=_("Ledger (.xlsx, .docx or .csv)"))
    division = forms.TypedChoiceField(label=_("City"), coerce=int)

    def __init__(self, *args, divisions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["division"].choices = [(d.pk, d.name) for d in divisions]


class ObjectionForm(forms.Form):
    text = forms.CharField(label=_("Your objection"), widget=forms.Textarea(attrs={"rows": 4}), max_length=4000)
    name = forms.CharField(label=_("Name (optional)"), required=False, max_length=64)
    contact = forms.CharField(label=_("Phone or e-mail (optional, not published)"), required=False, max_length=128)
    website = forms.CharField(required=False, widget=forms.HiddenInput)  # left empty by people, filled by bots


class AnswerForm(forms.Form):
    answer = forms.CharField(label=_("Answer"), widget=forms.Textarea(attrs={"rows": 3}))
    upheld = forms.TypedChoiceField(
        label=_("Decision on the objection"),
        choices=[("0", _("Not upheld (the item stays on notice)")), ("1", _("Upheld (back to rectification)"))],
        coerce=lambda v: v == "1",
    )


class NoticeForm(forms.Form):
    unit = forms.TypedChoiceField(label=_("Unit"), coerce=int)
    subject = forms.ChoiceField(label=_("About"), choices=Notice.Subject.choices)
    task = forms.IntegerField(label=_("Task (id)"), required=False, widget=forms.HiddenInput)
    rectification = forms.IntegerField(label=_("Rectification item (id)"), required=False, widget=forms.HiddenInput)
    period_start = forms.DateField(label=_("Reporting period"), required=False, widget=forms.HiddenInput)
    rung = forms.ChoiceField(label=_("Level"))
    title = forms.CharField(label=_("Title"), required=False, max_length=200)
    text = forms.CharField(label=_("Text"), widget=forms.Textarea(attrs={"rows": 5}), required=False, max_length=5000)
    files = MultipleFileField(label=_("Files"), required=False)

    def __init__(self, *args, units=(), rungs=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].choices = [(u.pk, u.name) for u in units]
        self.fields["rung"].choices = list(rungs)


class NoticeActionForm(forms.Form):
    action = forms.CharField(widget=forms.HiddenInput)
    comment = forms.CharField(label=_("Comment"), widget=forms.Textarea(attrs={"rows": 3}), required=False)
    meeting_at = forms.DateTimeField(label=_("Meeting held at"), required=False)
    files = MultipleFileField(label=_("Files"), required=False)


class BulletinForm(forms.Form):
    month = forms.RegexField(label=_("Month (YYYY-MM)"), regex=r"^\d{4}-\d{2}$", max_length=7)
    division = forms.TypedChoiceField(label=_("City"), coerce=int)

    def __init__(self, *args, divisions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["division"].choices = [(d.pk, d.name) for d in divisions]
