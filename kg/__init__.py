"""govreport-kg: Chinese local-government work reports as validated linked open data."""

import re as _re

__version__ = "0.1.0"

# The extraction rules use several hundred literal patterns through re.search/re.match; the
# re module keeps only the last 512 compiled, so a report's pass recompiled the same ones over
# and over (about a tenth of extraction time). A larger cache is the least invasive cure;
# _MAXCACHE is the documented-in-source knob of CPython's re module (3.11–3.13).
if hasattr(_re, "_MAXCACHE"):
    _re._MAXCACHE = max(_re._MAXCACHE, 4096)
