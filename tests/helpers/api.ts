import type { ApiResponse } from '@japa/api-client'
import User from '#identity/models/user'

/**
 * A bearer token for the user, as the app's login would issue it (all
 * abilities), or limited to the given ones like a personal token.
 */
export async function bearerFor(user: User, abilities: string[] = ['*']) {
  const token =
    abilities[0] === '*'
      ? await User.accessTokens.create(user, ['*'])
      : await User.personalTokens.create(user, abilities, { name: 'test' })
  return token.value!.release()
}

/**
 * Sends the request and checks its status, for one-line refusals.
 */
export async function expectStatus(request: PromiseLike<ApiResponse>, status: number) {
  const response = await request
  response.assertStatus(status)
  return response
}
