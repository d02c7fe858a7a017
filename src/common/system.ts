/**
 * `system.status`: what an organizer needs to see when the kiosk cannot save (the disk is full or
 * failing) or started in an unusual way (a damaged database was kept aside).
 */
import { z } from 'zod';

const bytes = z.number().int().min(0);

export const SystemStatus = z.object({
  /** The folder holding the database: where to free space, or what to back up. */
  dataDir: z.string(),
  database: z.object({ file: z.string(), bytes, walBytes: bytes }),
  /** The disk holding the data folder; null where the system cannot tell. */
  disk: z.object({ freeBytes: bytes, totalBytes: bytes }).nullable(),
  /** The latest call since start-up that failed because the disk would not take the data. */
  lastStorageError: z.object({ at: z.string(), method: z.string(), code: z.string() }).nullable(),
  startup: z.object({
    at: z.string(),
    /** Where a damaged database found at start-up was kept (a new one was started). */
    movedAside: z.string().nullable(),
    migrationsApplied: z.array(z.number().int()),
  }),
});
export type SystemStatus = z.infer<typeof SystemStatus>;
