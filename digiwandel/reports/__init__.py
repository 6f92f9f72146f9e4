"""PDF reports built with reportlab: plain data in, PDF bytes out.

No Qt and no database here: the services gather the data (``digiwandel.services.reports``),
a ``digiwandel.domain.language.Language`` writes texts, numbers and dates in the report's
language, and the charts come from the same builders (``digiwandel.charts``) as on screen.
The package file imports nothing, so that reportlab loads only when a report is made.
"""
