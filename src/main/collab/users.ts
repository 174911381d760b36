import { promises as fs } from 'node:fs';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { ensureDirectory, writeFileAtomic } from '../storage/atomic-write';

/** Who may do what on a Copydesk server. `read-only` is for legal: they read, their edits are refused. */
export const ROLES = ['reporter', 'editor', 'admin', 'read-only'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

const UserRecord = z.object({ name: z.string().min(1).max(500), role: Role, tokenHash: z.string().length(64) });
const UsersFile = z.object({ users: z.array(UserRecord) });
export type ServerUser = { name: string; role: Role };

const hash = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/**
 * The server's users, in `users.json` in its data folder. Only a hash of each token is kept, so the
 * file leaks no token; `add` prints the token once.
 */
export class UserBook {
  private constructor(
    private readonly path: string,
    private users: z.infer<typeof UserRecord>[],
  ) {}

  static async open(dataDir: string): Promise<UserBook> {
    const path = join(dataDir, 'users.json');
    let text: string | null = null;
    try {
      text = await fs.readFile(path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    return new UserBook(path, text === null ? [] : UsersFile.parse(JSON.parse(text)).users);
  }

  /** Adds a user (or gives an existing one a new token and role) and returns the new token. */
  async add(name: string, role: Role): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    this.users = [...this.users.filter((u) => u.name !== name), { name, role, tokenHash: hash(token) }];
    await ensureDirectory(join(this.path, '..'));
    await writeFileAtomic(this.path, JSON.stringify({ users: this.users }, null, 2) + '\n');
    return token;
  }

  authenticate(token: string | null | undefined): ServerUser | null {
    if (!token) return null;
    const given = Buffer.from(hash(token), 'hex');
    const found = this.users.find((u) => timingSafeEqual(Buffer.from(u.tokenHash, 'hex'), given));
    return found ? { name: found.name, role: found.role } : null;
  }
}
