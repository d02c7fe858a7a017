/** The organizer's PIN in end-to-end tests, chosen through the contract as outside tools would. */
export const PIN = '482916';

interface Answer<T> {
  body: { ok: boolean; result?: T; error?: { code: string; message: string } };
}
type Api = <T>(method: string, args?: unknown, token?: string) => Promise<Answer<T>>;

/** Chooses the organizer PIN if none is set yet, as an organizer does on the first run. */
export async function choosePin(api: Api): Promise<void> {
  const status = await api<{ pinSet: boolean }>('organizer.status');
  if (status.body.result?.pinSet) return;
  const setup = await api('organizer.setup', { pin: PIN });
  if (!setup.body.ok) throw new Error(`could not choose the PIN: ${setup.body.error?.message}`);
}

/** An organizer session token, signing in with the test PIN. */
export async function organizerToken(api: Api): Promise<string> {
  await choosePin(api);
  const login = await api<{ token: string }>('organizer.login', { pin: PIN });
  if (!login.body.result) throw new Error(`could not sign in: ${login.body.error?.message}`);
  return login.body.result.token;
}
