"""Shared field validators."""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator

#: Years a plan, target or report may name: from the founding of the People's Republic to the end of the century
#: (plans name 2005 baselines and 2060 carbon-neutrality goals). Outside it, a year is a typing error (99999).
YEAR_MIN, YEAR_MAX = 1949, 2100


def year_validators() -> list:
    return [MinValueValidator(YEAR_MIN), MaxValueValidator(YEAR_MAX)]


def plausible_year(year: int | None) -> bool:
    """Whether a stored year can be reasoned about (a record stored before the validators may hold 99999)."""
    return year is not None and YEAR_MIN <= year <= YEAR_MAX
