/**
 * The sign-ups an organizer is reading, held in memory while they read: opened from sealed rows
 * after an unlock (and dropped at lock), or loaded from unsealed rows when there is no data key.
 * Search, lists, details, counts by organization or language and the exports all read it, so
 * they behave the same whether the rows on disk are sealed or not.
 */
import type { SignupRecord } from '../../common/contract';
import { foldForSearch, searchKey } from './search-key';

interface Entry {
  record: SignupRecord;
  /** Folded names, email and ZIP, space-separated, with a leading space: " ana perez ana@…". */
  words: string;
  phoneDigits: string;
}

export interface ListOptions {
  query?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

/** Code-unit order (ISO times and UUIDs sort right that way; localeCompare is far slower). */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Newest first, then by id: the order the console lists people in. */
function newestFirst(a: Entry, b: Entry): number {
  return compare(b.record.createdAt, a.record.createdAt) || compare(a.record.id, b.record.id);
}

/** A query's words: each must begin a word of the name, email or ZIP, or (3+ digits) be in the phone. */
function matcher(query: string | undefined): ((entry: Entry) => boolean) | null {
  const words = (query ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 5);
  if (words.length === 0) return null;
  const tests = words.map((word) => {
    const folded = ` ${foldForSearch(word)}`;
    const digits = word.replace(/\D/g, '');
    return (entry: Entry) => entry.words.includes(folded) || (digits.length >= 3 && entry.phoneDigits.includes(digits));
  });
  return (entry) => tests.every((test) => test(entry));
}

/**
 * Many records repeat the same consent text and organization names: one string each in memory,
 * not one per person (100k people would otherwise hold hundreds of MB of copies).
 */
class Interner {
  private readonly seen = new Map<string, string>();
  take(text: string): string {
    const known = this.seen.get(text);
    if (known !== undefined) return known;
    this.seen.set(text, text);
    return text;
  }
}

export class PeopleIndex {
  private readonly byId = new Map<string, Entry>();
  private sorted: Entry[] | null = null;
  private readonly interner = new Interner();

  get size(): number {
    return this.byId.size;
  }

  add(record: SignupRecord): void {
    const intern = (s: string) => this.interner.take(s);
    const shared: SignupRecord = {
      ...record,
      organizations: record.organizations.map((o) => ({ id: intern(o.id), name: intern(o.name) })),
      consents: record.consents.map((c) => ({ ...c, text: intern(c.text), method: intern(c.method) })),
    };
    this.byId.set(record.id, {
      record: shared,
      words: ` ${searchKey(record.firstName, record.lastName, record.email, record.zip)}`,
      phoneDigits: record.phone?.replace(/\D/g, '') ?? '',
    });
    this.sorted = null;
  }

  remove(id: string): void {
    if (this.byId.delete(id)) this.sorted = null;
  }

  clear(): void {
    this.byId.clear();
    this.sorted = null;
  }

  get(id: string): SignupRecord | undefined {
    return this.byId.get(id)?.record;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  private newest(): Entry[] {
    this.sorted ??= [...this.byId.values()].sort(newestFirst);
    return this.sorted;
  }

  list(options: ListOptions): { total: number; items: SignupRecord[] } {
    const limit = options.limit ?? 100;
    const offset = options.offset ?? 0;
    const all = this.newest();
    const matches = matcher(options.query);
    if (!matches) return { total: all.length, items: all.slice(offset, offset + limit).map((e) => e.record) };
    const items: SignupRecord[] = [];
    let total = 0;
    for (const entry of all) {
      if (!matches(entry)) continue;
      if (total >= offset && items.length < limit) items.push(entry.record);
      total += 1;
    }
    return { total, items };
  }

  /** Oldest first, then by id: the order of every export file. */
  oldestFirst(): SignupRecord[] {
    return [...this.byId.values()]
      .map((e) => e.record)
      .sort((a, b) => compare(a.createdAt, b.createdAt) || compare(a.id, b.id));
  }
}
