"""The layout matrix: invented articles rendered in each layout family of FORMATS.md, parsed back.

``draw`` invents an article, ``render`` lays it out as one family and variant (the text plus the
record fields a careful reader derives from it), ``compare`` scores a parsed record against those
fields, and ``run`` ties them together for ``test_matrix.py`` and ``benchmarks/layout_matrix.py``.
"""
