"""Who is acting, and what their role allows. Enforced here, not only in the UI."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from app.errors import PermissionDenied
from db.models import Role


class Permission(enum.StrEnum):
    VIEW_PATIENTS = "view_patients"
    EDIT_PATIENTS = "edit_patients"
    IMPORT_PATIENTS = "import_patients"
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    BACKUP = "backup"
    VIEW_AUDIT = "view_audit"


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.PRACTITIONER: frozenset({Permission.VIEW_PATIENTS, Permission.EDIT_PATIENTS}),
    Role.RECEPTIONIST: frozenset(
        {Permission.VIEW_PATIENTS, Permission.EDIT_PATIENTS, Permission.IMPORT_PATIENTS}
    ),
}


@dataclass(frozen=True)
class Actor:
    """The signed-in user on whose behalf a service acts."""

    user_id: int | None
    username: str
    role: Role

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(
                f"{self.username} ({self.role.value}) may not {permission.value.replace('_', ' ')}."
            )


# Work the application does by itself (scheduler, migrations) is audited as "system".
SYSTEM = Actor(user_id=None, username="system", role=Role.ADMIN)
