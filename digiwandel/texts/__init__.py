"""Words for stored values, findings and warnings, in the current language.

Shared by the screen and the reports: each function writes in
``digiwandel.domain.language.current()`` — the program's UI language, or a report's own
language while it is built. No Qt here.
"""
