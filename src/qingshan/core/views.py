from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from django.http import Http404, HttpResponse
from django.views.decorators.cache import cache_control


@cache_control(max_age=86400, public=True)
def vendor_plotly(request):
    """Serve plotly.js from the installed ``plotly`` package: charts work offline, no CDN, no copy in the repo.
    Its Simplified Chinese locale (``core/static/core/plotly-zh.js``, toolbar and date axes) follows it in the same
    response, so that every page's charts speak the page's language without another script tag."""
    body = _plotly_with_locale()
    if body is None:
        raise Http404("plotly.min.js is not installed")
    return HttpResponse(body, content_type="application/javascript")


@lru_cache(maxsize=1)
def _plotly_with_locale() -> bytes | None:
    import plotly

    path = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    if not path.exists():
        return None
    locale = Path(__file__).parent / "static" / "core" / "plotly-zh.js"
    return path.read_bytes() + b"\n;\n" + locale.read_bytes()
