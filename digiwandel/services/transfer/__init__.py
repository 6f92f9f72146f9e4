"""Export and import of a whole organisation as one JSON document (see README.md here)."""

from digiwandel.services.transfer.export import dumps, export_organisation, write_export
from digiwandel.services.transfer.import_ import (
    import_into_file,
    import_into_server,
    import_organisation,
    is_empty,
)
from digiwandel.services.transfer.schema import FORMAT, VERSION

__all__ = [
    "FORMAT",
    "VERSION",
    "dumps",
    "export_organisation",
    "import_into_file",
    "import_into_server",
    "import_organisation",
    "is_empty",
    "write_export",
]
