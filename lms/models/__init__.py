from .audit import AuditEvent
from .exports import Export, ExportEvent, ExportFormat, ExportStatus
from .imports import ImportPreview
from .organisations import AgencyType, LocalAuthority, Organisation, PractitionerProfile
from .pages import BasePage, GuidanceIndexPage, GuidancePage, HomePage, StandardPage
from .site_settings import LocalAuthorityContact, SafeguardingContacts
from .users import Role, User

__all__ = [
    "AgencyType",
    "AuditEvent",
    "BasePage",
    "Export",
    "ExportEvent",
    "ExportFormat",
    "ExportStatus",
    "GuidanceIndexPage",
    "GuidancePage",
    "HomePage",
    "ImportPreview",
    "LocalAuthority",
    "LocalAuthorityContact",
    "Organisation",
    "PractitionerProfile",
    "Role",
    "SafeguardingContacts",
    "StandardPage",
    "User",
]
