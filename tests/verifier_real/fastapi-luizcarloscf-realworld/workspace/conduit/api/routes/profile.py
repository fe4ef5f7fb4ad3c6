# excerpt of https://github.com/luizcarloscf/fastapi-realworld-example@f2f07e92e5cb:conduit/api/routes/profile.py
import logging

from fastapi import APIRouter, status

import conduit.services.follower as follower_service

import conduit.services.user as user_service

from conduit.api.dependencies import CurrentOptionalUser, CurrentUser, SessionDB

from conduit.exceptions import (
    ProfileAlreadyFollowedException,
    ProfileFollowYourselfException,
    ProfileNotFollowedException,
    ProfileNotFoundException,
    ProfileUnfollowYourselfException,
)

from conduit.schemas.profile import ProfileData, ProfileResponse

router = APIRouter()

async def get_profile(
    username: str,
    session: SessionDB,
    current_user: CurrentOptionalUser,
) -> ProfileResponse:
    response = await user_service.get_user_by_username(
        session=session,
        username=username,
        current_user_id=current_user.id if current_user else None,
    )
    user_db, following = response if response else (None, False)
    if not user_db:
        raise ProfileNotFoundException()
    return ProfileResponse(
        profile=ProfileData(
            username=user_db.username,
            bio=user_db.bio,
            image=user_db.image,
            following=following,
        )
    )

async def follow_user(
    username: str,
    session: SessionDB,
    current_user: CurrentUser,
) -> ProfileResponse:
    response = await user_service.get_user_by_username(
        session=session,
        username=username,
        current_user_id=current_user.id,
    )
    user_db, following = response if response else (None, False)
    if not user_db:
        raise ProfileNotFoundException()
    if user_db.id == current_user.id:
        raise ProfileFollowYourselfException()
    if following:
        raise ProfileAlreadyFollowedException()
    await follower_service.follow_user(
        session=session,
        follower_id=current_user.id,  # type: ignore[arg-type]
        followed_id=user_db.id,  # type: ignore[arg-type]
    )
    return ProfileResponse(
        profile=ProfileData(
            username=user_db.username,
            bio=user_db.bio,
            image=user_db.image,
            following=True,
        )
    )

async def unfollow_user(
    username: str,
    session: SessionDB,
    current_user: CurrentUser,
) -> ProfileResponse:
    response = await user_service.get_user_by_username(
        session=session,
        username=username,
        current_user_id=current_user.id,
    )
    user_db, following = response if response else (None, False)
    if not user_db:
        raise ProfileNotFoundException()
    if user_db.id == current_user.id:
        raise ProfileUnfollowYourselfException()
    if not following:
        raise ProfileNotFollowedException()
    await follower_service.unfollow_user(
        session=session,
        follower_id=current_user.id,  # type: ignore[arg-type]
        followed_id=user_db.id,  # type: ignore[arg-type]
    )
    return ProfileResponse(
        profile=ProfileData(
            username=user_db.username,
            bio=user_db.bio,
            image=user_db.image,
            following=False,
        )
    )
