"""Charts speak the page's language: plotly.js is served with its Simplified Chinese locale (toolbar, date axes)."""

from __future__ import annotations


def test_plotly_is_served_with_the_chinese_locale(client):
    resp = client.get("/vendor/plotly.min.js")
    assert resp.status_code == 200 and resp["Content-Type"] == "application/javascript"
    body = resp.content.decode()
    assert body.index("Plotly.register") > body.index("plotly.js v")  # after the library, in the same file
    assert '"zh-CN"' in body and '"Download plot as a PNG": "下载为PNG图片"' in body
