/**
 * Which user opened each event stream of this process (streams live in the
 * process that serves them). A subscription is accepted only for the
 * subscriber's own stream, so nobody can pour their channels into a stream
 * someone else opened, or the other way round.
 */
const owners = new Map<string, number>()

export const streamOwners = {
  /**
   * Claims a stream id for a user; false when another user holds it.
   */
  claim(uid: string, userId: number) {
    const owner = owners.get(uid)
    if (owner !== undefined && owner !== userId) return false
    owners.set(uid, userId)
    return true
  },

  release(uid: string, userId: number) {
    if (owners.get(uid) === userId) owners.delete(uid)
  },

  ownerOf(uid: unknown) {
    return typeof uid === 'string' ? owners.get(uid) : undefined
  },
}
