from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from qingshan.core import uploads

from .models import ReportAttachment


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several evidence files in one field (the pattern of Django's file-upload documentation)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(d, initial) for d in data]
        return [single(data, initial)] if data else []


MAX_FILE_BYTES = 20 * 1024 * 1024


class ReportForm(forms.Form):
    period = forms.ChoiceField(label=_("Reporting period"))
    text = forms.CharField(label=_("Progress"), widget=forms.Textarea(attrs={"rows": 6}), max_length=5000)
    marks_complete = forms.BooleanField(label=_("The task is complete"), required=False)
    files = MultipleFileField(label=_("Evidence (PDF, Word, Excel, images, zip)"), required=False)

    def __init__(self, *args, periods, targets, year: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["period"].choices = [(p.start.isoformat(), p.label) for p in periods]
        if periods:
            self.fields["period"].initial = periods[-1].start.isoformat()
        self.targets = list(targets)
        for t in self.targets:
            self.fields[f"figure_{t.pk}"] = forms.FloatField(
                label=f"{t.indicator}({t.unit or '—'},{_('target')} {t.value if t.value is not None else ''}"
                f"{(' · ' + str(t.year)) if t.year else ''})",
                required=False,
            )
            # The figure's year defaults to the target's own year (a figure for another year would count for
            # that year, and the target would silently stay without one).
            self.fields[f"figure_{t.pk}_year"] = forms.IntegerField(
                label=_("Year of the figure above"), initial=t.year or year, min_value=2000, max_value=2100,
                required=False,
            )  # fmt: skip

    def clean_files(self):
        files = self.cleaned_data.get("files") or []
        for f in files:
            ext = uploads.extension(f.name)
            if ext not in ReportAttachment.ALLOWED:
                raise forms.ValidationError(
                    _("%(name)s: files of type “%(ext)s” are not accepted (allowed: %(allowed)s).")
                    % {"name": f.name, "ext": ext or "—", "allowed": ", ".join(ReportAttachment.ALLOWED)}
                )
            if f.size > MAX_FILE_BYTES:
                raise forms.ValidationError(_("%(name)s is larger than 20 MB.") % {"name": f.name})
            if not uploads.content_matches(f, ext):
                raise forms.ValidationError(
                    _("%(name)s: its content is not a “%(ext)s” file (damaged, or renamed from another kind).")
                    % {"name": f.name, "ext": ext}
                )
        return files

    def clean(self):
        data = super().clean()
        for t in self.targets:
            if data.get(f"figure_{t.pk}") is not None and not data.get(f"figure_{t.pk}_year"):
                self.add_error(f"figure_{t.pk}_year", _("Say which year the figure is for."))
        return data

    def figures(self) -> dict:
        out = {}
        for t in self.targets:
            v = self.cleaned_data.get(f"figure_{t.pk}")
            if v is not None:
                out[t] = (self.cleaned_data[f"figure_{t.pk}_year"], v)
        return out


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"), choices=[("accept", _("Accept")), ("return", _("Return for revision"))]
    )
    comment = forms.CharField(label=_("Comment"), widget=forms.Textarea(attrs={"rows": 3}), required=False)

    def clean(self):
        data = super().clean()
        if data.get("decision") == "return" and not (data.get("comment") or "").strip():
            self.add_error("comment", _("Say what to fix when returning a report."))
        return data
