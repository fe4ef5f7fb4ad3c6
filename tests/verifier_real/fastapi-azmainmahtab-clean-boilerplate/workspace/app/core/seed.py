# excerpt of https://github.com/AzmainMahtab/fastapi-clean-architecture-boilerplate@af525023aafc:app/core/seed.py
from app.core.database import AsyncSessionLocal

from app.core.hasher import get_password_hash

from app.core.settings import settings

from app.modules.rbac.domain.entities import Permission, Role

from app.modules.rbac.infrastructure.persistence.repository import SQLAlchemyRbacRepository

from app.modules.user.domain.entities import User, UserStatus

from app.modules.user.domain.value_objects import Email, HashedPassword, PhoneNumber

from app.modules.user.infrastructure.persistence.repository import SQLAlchemyUserRepository

async def seed_superuser() -> None:
    """Bootstrap the entire RBAC system and first superuser.

    Idempotent: safely re-runs on every startup. Skips anything that
    already exists.
    """
    email = settings.FIRST_SUPERUSER_EMAIL
    password = settings.FIRST_SUPERUSER_PASSWORD
    username = settings.FIRST_SUPERUSER_USERNAME
    phone = settings.FIRST_SUPERUSER_PHONE_NUMBER

    if not email or not password:
        return

    async with AsyncSessionLocal() as session:
        user_repo = SQLAlchemyUserRepository(session)
        rbac_repo = SQLAlchemyRbacRepository(session)

        # 1. Seed permissions (idempotent)
        permission_map: dict[str, Permission] = {}
        for name, resource, action in _SEED_PERMISSIONS:
            existing = await rbac_repo.get_permission_by_name(name)
            if existing:
                permission_map[name] = existing
            else:
                perm = await rbac_repo.create_permission(
                    Permission(name=name, resource=resource, action=action)
                )
                permission_map[name] = perm

        # 2. Seed superadmin role (idempotent)
        superadmin_role = await rbac_repo.get_role_by_name(_SUPERADMIN_ROLE_NAME)
        if not superadmin_role:
            superadmin_role = await rbac_repo.create_role(
                Role(name=_SUPERADMIN_ROLE_NAME, description="Full system access.")
            )

        # 3. Assign all permissions to superadmin role (idempotent)
        for perm in permission_map.values():
            await rbac_repo.assign_permission_to_role(superadmin_role.id, perm.id)

        # 4. Seed superuser (idempotent)
        email_vo = Email(str(email))
        superuser = await user_repo.get_by_email(email_vo)
        if not superuser:
            superuser = User(
                email=email_vo,
                hashed_password=HashedPassword(get_password_hash(password)),
                username=username or "admin",
                phone_number=PhoneNumber(phone or "+1234567890"),
                first_name="Super",
                last_name="Admin",
                status=UserStatus.ACTIVE,
                is_superuser=True,
            )
            superuser = await user_repo.create(superuser)

        # 5. Assign superadmin role to superuser (idempotent)
        await rbac_repo.assign_role_to_user(superuser.id, superadmin_role.id)

        await session.commit()
