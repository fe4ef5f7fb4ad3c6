// excerpt of https://github.com/cirosantilli/node-express-sequelize-nextjs-realworld-example-app@b7f8b80dec84:front.ts
import UserAPI from 'front/api/user'

import { mutate } from 'swr'

export async function setupUserLocalStorage(data, setErrors) {
  // We fetch from /profiles/:username again because the return from /users/login above
  // does not contain the image placeholder.
  const { data: profileData, status: profileStatus } = await UserAPI.get(
    data.user.username
  )
  if (profileStatus !== 200) {
    setErrors(profileData.errors)
  }
  data.user.effectiveImage = profileData.profile.image
  window.localStorage.setItem(
    AUTH_LOCAL_STORAGE_NAME,
    JSON.stringify(data.user)
  )
  setCookie(AUTH_COOKIE_NAME, data.user.token)
  mutate(AUTH_LOCAL_STORAGE_NAME, data.user)
}
