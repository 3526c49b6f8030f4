"""National standards as pure, vectorised Python (numpy) — no Django here.

Find a rule by its standard and clause:

- ``hj633``   HJ 633-2012 and HJ 633-2026, 环境空气质量指数(AQI)技术规定 — IAQI tables, AQI, categories, primary pollutant.
- ``gb3095``  GB 3095-2012 and GB 3095-2026, 环境空气质量标准 — concentration limits, data validity (Table 4).
- ``hj663``   HJ 663-2013 / 2026, 环境空气质量评价技术规范 — daily values from hourly data, period statistics,
               good-day ratio, composite index.
- ``gb3838``  GB 3838-2002, 地表水环境质量标准, with the 地表水环境质量评价办法(试行) — class limits (Table 1),
               single-factor classification, exceedance multiples, river/basin status.
- ``rounding`` GB/T 8170-2008 — 数值修约规则 (round half to even on the decimal value).

Each version of a standard is a data object (:class:`hj633.AqiVersion`), chosen by the data's date
(:func:`hj633.version_for`) or forced by name; nothing branches on a year inside the computations.
"""
