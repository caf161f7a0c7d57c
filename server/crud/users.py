"""Branches and user accounts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.sync_wire import ROLES
from server.core.security import Passwords
from server.models import Branch, User


class UserExists(ValueError):
    """The username is taken."""


def ensure_branch(session: Session, code: str, now: datetime, name: str = "") -> Branch:
    """The branch ``code``, created if new."""
    branch = session.get(Branch, code)
    if branch is None:
        branch = Branch(code=code, name=name or code, created_at=now)
        session.add(branch)
        session.flush()
    return branch


def create_user(
    session: Session,
    passwords: Passwords,
    username: str,
    password: str,
    role: str,
    branch: str,
    now: datetime,
) -> User:
    """A new active account (its branch is created if new)."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}: one of {', '.join(ROLES)}")
    if by_username(session, username) is not None:
        raise UserExists(username)
    ensure_branch(session, branch, now)
    user = User(
        username=username,
        password_hash=passwords.hash(password),
        role=role,
        branch_code=branch,
        active=True,
        created_at=now,
    )
    session.add(user)
    session.flush()
    return user


def by_username(session: Session, username: str) -> User | None:
    """The account called ``username``, if any."""
    return session.execute(select(User).where(User.username == username)).scalar_one_or_none()
