from __future__ import annotations

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.translation import gettext_lazy as _

from qingshan.orgs.models import Unit

from .models import Plan, PlanTarget, Task, TaskAssignment

# The browser's own date picker, its value ISO (zh-hans' first input format wrote "2025/12/31" where every page of the
# ledger writes 2025-12-31 — walkthrough finding); typed ISO dates are still accepted.
ISO_DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class TaskProgressForm(forms.ModelForm):
    """What a lead unit may change on its own task (its status changes through the task's workflow actions)."""

    class Meta:
        model = Task
        fields = ["progress_note"]
        widgets = {"progress_note": forms.Textarea(attrs={"rows": 4})}


class UnitsField(forms.ModelMultipleChoiceField):
    """A multi-select over the registry of the plan's city; each option shows the unit's short name and aliases, so
    the filter box finds 市发改委 under 市发展和改革委员会."""

    def label_from_instance(self, obj):
        others = [n for n in [obj.short_name, *[a.alias for a in obj.aliases.all()]] if n and n != obj.name]
        return f"{obj.name}({'、'.join(others[:3])})" if others else obj.name


class TaskOfficeForm(forms.ModelForm):
    """The coordinating office edits a task's fields and its lead and cooperating units (its status changes through
    the task's workflow actions)."""

    lead_units = UnitsField(queryset=None, required=False, label=_("Lead unit"))
    cooperating_units = UnitsField(queryset=None, required=False, label=_("Cooperating unit"))
    drop_unknown = forms.MultipleChoiceField(
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Remove names not in the registry"),
        help_text=_("Kept on the task until removed here, or bound once the registry knows them (add the unit or an alias)."),
    )

    def __init__(self, *args, units=None, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("lead_units", "cooperating_units"):
            self.fields[name].queryset = units
            self.fields[name].widget.attrs.update({"size": 8, "class": "unit-picker"})
        if self.instance.pk and "lead_units" not in self.initial:
            current = list(self.instance.assignments.exclude(unit=None).values_list("role", "unit_id"))
            self.initial["lead_units"] = [u for r, u in current if r == "lead"]
            self.initial["cooperating_units"] = [u for r, u in current if r == "cooperating"]
        # Names as written that the registry does not know are not in the pickers: they stay on the task unless the
        # office ticks them here (never dropped because a picker could not show them).
        unknown = (
            list(self.instance.assignments.filter(unit=None).exclude(role="implicit").values_list("pk", "raw_name", "role"))
            if self.instance.pk
            else []
        )
        if unknown:
            roles = dict(TaskAssignment.Role.choices)
            self.fields["drop_unknown"].choices = [
                (str(pk), _("%(name)s (%(role)s)") % {"name": raw, "role": roles[role]}) for pk, raw, role in unknown
            ]
        else:
            del self.fields["drop_unknown"]

    def clean_number(self):
        number = (self.cleaned_data.get("number") or "").strip()
        plan = self.instance.plan if self.instance.plan_id else None
        if plan and plan.tasks.filter(number=number).exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError(_("The number %(number)s is already used in this plan.") % {"number": number})
        return number

    class Meta:
        model = Task
        fields = [
            "number",
            "heading",
            "text",
            "deadline",
            "due_date",
            "recurrence",
            "progress_note",
        ]
        widgets = {
            "text": forms.Textarea(attrs={"rows": 6}),
            "progress_note": forms.Textarea(attrs={"rows": 4}),
            "due_date": ISO_DATE,
        }


class PlanUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Plan document"),
        help_text=_("Text (.txt), Word (.docx), Excel (.xlsx, .xls) or PDF with a text layer."),
        widget=forms.ClearableFileInput(attrs={"accept": ".txt,.docx,.xlsx,.xls,.pdf"}),
    )
    division = forms.ModelChoiceField(
        queryset=None,
        required=False,
        label=_("City or county"),
        help_text=_("Guessed from the document when left empty."),
    )

    def __init__(self, *args, divisions=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["division"].queryset = divisions


class PlanDetailsForm(forms.ModelForm):
    class Meta:
        model = Plan
        fields = ["title", "issuer", "doc_number", "issued_on", "published"]
        widgets = {"issued_on": ISO_DATE}


class TargetForm(forms.ModelForm):
    """A target of the plan, as the office corrects or adds it (its task must be of the same plan)."""

    def __init__(self, *args, plan=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["task"].queryset = plan.tasks.all() if plan else Task.objects.none()
        self.fields["year"].validators.append(MinValueValidator(1990))
        self.fields["year"].validators.append(MaxValueValidator(2100))
        self.fields["baseline_year"].validators.append(MinValueValidator(1990))
        self.fields["baseline_year"].validators.append(MaxValueValidator(2100))

    class Meta:
        model = PlanTarget
        fields = ["indicator", "comparator", "value", "value_max", "unit", "year", "baseline_year", "baseline_value",
                  "scope", "aspirational", "task", "text"]  # fmt: skip
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}


class SplitForm(forms.Form):
    at = forms.IntegerField(label=_("Split after character"), min_value=1)
    number = forms.CharField(label=_("Number of the new task"), max_length=32)


class MergeForm(forms.Form):
    other = forms.ModelChoiceField(queryset=None, label=_("Merge this task into it"))

    def __init__(self, *args, task=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["other"].queryset = task.plan.tasks.exclude(pk=task.pk) if task else Task.objects.none()


class UnitQuickForm(forms.Form):
    """Add a unit to the registry while correcting a task (the office's city only). It sits inside the task's form,
    so its fields carry no HTML ``required``: the browser would otherwise refuse to save the task itself."""

    use_required_attribute = False

    name = forms.CharField(label=_("Name of the new unit"), max_length=128)
    kind = forms.ChoiceField(label=_("kind"), choices=Unit.Kind.choices, initial=Unit.Kind.DEPARTMENT)
    division = forms.ModelChoiceField(queryset=None, label=_("division"))

    def __init__(self, *args, divisions=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["division"].queryset = divisions


def _lineage_label(lineage) -> str:
    """A lineage by the version in force (else the newest that was), never by a draft's title (a walkthrough saw
    a plan in force offered under the title of a draft that had joined its lineage)."""
    stored = (Plan.Status.CONFIRMED, Plan.Status.SUPERSEDED, Plan.Status.ARCHIVED)
    shown = (
        lineage.versions.filter(status=Plan.Status.CONFIRMED).first()
        or lineage.versions.filter(status__in=stored).order_by("-version").first()
    )
    if shown is None:
        return str(lineage)
    return _("%(title)s (version %(version)s, %(status)s)") % {
        "title": shown.display_title,
        "version": shown.version,
        "status": shown.get_status_display(),
    }


class LineageForm(forms.Form):
    lineage = forms.ModelChoiceField(
        queryset=None, required=False, label=_("This draft revises"), empty_label=_("— a new plan, not a revision —")
    )

    def __init__(self, *args, lineages=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lineage"].queryset = lineages
        self.fields["lineage"].label_from_instance = _lineage_label
