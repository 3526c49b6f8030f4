from __future__ import annotations

from pathlib import Path

from django.http import FileResponse, Http404
from django.views.decorators.cache import cache_control


@cache_control(max_age=86400, public=True)
def vendor_plotly(request):
    """Serve plotly.js from the installed ``plotly`` package: charts work offline, no CDN, no copy in the repo."""
    import plotly

    path = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    if not path.exists():
        raise Http404("plotly.min.js is not installed")
    return FileResponse(path.open("rb"), content_type="application/javascript")
